import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Invalid layout files fail with an error naming the file, the line and the key.
@Suite struct LayoutFileValidationTests {
    /// A small valid layout; each test breaks one line of it.
    static let valid = """
        name: test
        parameters:
          accent: "#1C64F2"
        canvas:
          width: 1200
          height: 630
          background: "#ffffff"
        layers:
          - rectangle: box
            frame: {left: 40, top: 40, right: 1160, bottom: 590}
            fill: $accent
          - text: title
            field: title
            frame: {left: 100, top: 100, right: 1100, bottom: 500}
            font: Inter
            size: 64
            color: "#000000"
        """

    /// Loads `yaml` from a temporary file; returns the error it throws, or nil.
    private func error(loading yaml: String, files: [String: Data] = [:]) throws -> Diagnostic? {
        let site = try TemporarySite()
        for (name, data) in files { try data.write(to: site.root.appendingPathComponent(name)) }
        let url = try site.write("layout.yml", yaml)
        do {
            _ = try LayoutFile.load(url)
            return nil
        } catch {
            #expect(error.file == url.path)
            #expect(error.step == .readLayout)
            return error
        }
    }

    private func replacing(_ old: String, with new: String) -> String {
        precondition(Self.valid.contains(old))
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func validFileLoads() throws {
        #expect(try error(loading: Self.valid) == nil)
        let site = try TemporarySite()
        let layout = try LayoutFile.load(try site.write("ok.yml", Self.valid)).layout()
        #expect(layout.layers.map(\.name) == ["box", "title"])
    }

    /// Found by a long `layout` fuzz run: an error message about a frame outside the canvas
    /// formatted its edges with `Int(_:)`, which traps past `Int.max`.
    @Test func aFrameFarOutsideTheCanvasIsAnErrorNotATrap() throws {
        let failure = try #require(
            try error(loading: replacing("right: 1100, bottom: 500}", with: "right: 1e300, bottom: 500}")))
        #expect(failure.reason.contains("1e+300"), "\(failure.reason)")
    }

    @Test func unknownKeyNamesItsLine() throws {
        let failure = try #require(
            try error(loading: replacing("    fill: $accent", with: "    fill: $accent\n    colour: red")))
        #expect(failure.line == 12)
        #expect(failure.reason.contains("'layers.box.colour'"), "\(failure)")
        #expect(failure.reason.contains("unknown key"), "\(failure)")
    }

    @Test func unknownTopLevelKey() throws {
        let failure = try #require(try error(loading: "layouts: []\n" + Self.valid))
        #expect(failure.line == 1)
        #expect(failure.reason.contains("'layouts'"), "\(failure)")
    }

    @Test func badColourNamesTheKey() throws {
        let failure = try #require(try error(loading: replacing(##"color: "#000000""##, with: "color: \"#12345\"")))
        #expect(failure.line == 17)
        #expect(
            failure.reason.contains("'layers.title.color'") && failure.reason.contains("not a colour"), "\(failure)")
    }

    @Test func badColourInAParameterDefaultIsBlamedAtTheDefault() throws {
        let failure = try #require(try error(loading: replacing(##"accent: "#1C64F2""##, with: "accent: blueish")))
        #expect(failure.line == 3)
        #expect(failure.reason.contains("$accent") && failure.reason.contains("'layers.box.fill'"), "\(failure)")
    }

    @Test func unknownParameter() throws {
        let failure = try #require(try error(loading: replacing("fill: $accent", with: "fill: $accnet")))
        #expect(failure.line == 11)
        #expect(failure.reason.contains("unknown parameter '$accnet'"), "\(failure)")
    }

    @Test func missingFontFamily() throws {
        let failure = try #require(try error(loading: replacing("font: Inter", with: "font: Helvetica Neue")))
        #expect(failure.line == 15)
        #expect(
            failure.reason.contains("'layers.title.font'") && failure.reason.contains("'Helvetica Neue'"), "\(failure)")
        #expect(failure.reason.contains("Open Sans"), "lists what is available: \(failure)")
    }

    @Test func missingImageFile() throws {
        let yaml =
            Self.valid + "\n  - image: logo\n    file: logo.png\n    frame: {x: 10, y: 10, width: 40, height: 40}\n"
        let failure = try #require(try error(loading: yaml))
        #expect(failure.line == 19)
        #expect(failure.reason.contains("'layers.logo.file'") && failure.reason.contains("logo.png"), "\(failure)")
        #expect(failure.reason.contains("does not exist"), "\(failure)")
    }

    @Test func imageNextToTheLayoutIsFound() throws {
        let yaml =
            Self.valid + "\n  - image: logo\n    file: logo.png\n    frame: {x: 10, y: 10, width: 40, height: 40}\n"
        let png = Data([0x89, 0x50, 0x4E, 0x47])  // existence is checked at load, decoding at render
        #expect(try error(loading: yaml, files: ["logo.png": png]) == nil)
    }

    @Test func remoteImageIsRefused() throws {
        let yaml =
            Self.valid
            + "\n  - image: logo\n    file: https://example.com/logo.png\n    frame: {x: 10, y: 10, width: 40, height: 40}\n"
        let failure = try #require(try error(loading: yaml))
        #expect(failure.reason.contains("never downloads"), "\(failure)")
    }

    @Test func boxOutsideTheCanvas() throws {
        let failure = try #require(
            try error(loading: replacing("right: 1160, bottom: 590", with: "right: 1260, bottom: 590")))
        #expect(failure.line == 10)
        #expect(
            failure.reason.contains("'layers.box.frame'") && failure.reason.contains("outside the 1200×630 canvas"),
            "\(failure)")
    }

    @Test func pillRowOutsideTheCanvas() throws {
        let yaml = Self.valid + "\n  - pills: tags\n    items: tags\n    font: Inter\n    size: 24\n    top: 620\n"
        let failure = try #require(try error(loading: yaml))
        #expect(failure.line == 18)
        #expect(failure.reason.contains("'layers.tags'") && failure.reason.contains("outside"), "\(failure)")
    }

    @Test func referenceToALaterOrUnknownLayer() throws {
        let failure = try #require(
            try error(loading: replacing("top: 100, right: 1100", with: "top: {below: tags}, right: 1100")))
        #expect(failure.line == 14)
        #expect(failure.reason.contains("no earlier layer is named 'tags'"), "\(failure)")
    }

    @Test func layerWithoutType() throws {
        let failure = try #require(try error(loading: replacing("  - rectangle: box", with: "  - shape: box")))
        #expect(failure.line == 9)
        #expect(failure.reason.contains("exactly one of"), "\(failure)")
    }

    @Test func badNumberAndBadChoice() throws {
        let size = try #require(try error(loading: replacing("size: 64", with: "size: big")))
        #expect(size.line == 16 && size.reason.contains("expected a number"), "\(size)")
        let align = try #require(try error(loading: replacing("size: 64", with: "size: 64\n    align: middle")))
        #expect(align.line == 17 && align.reason.contains("'middle' is not one of center, left, right"), "\(align)")
    }

    @Test func invalidYAMLNamesTheLine() throws {
        let failure = try #require(try error(loading: replacing("    fill: $accent", with: "    fill: [unclosed")))
        #expect(failure.line != nil)
        #expect(failure.reason.contains("invalid YAML"), "\(failure)")
    }

    @Test func descriptionHasFileLineAndStep() throws {
        let failure = try #require(try error(loading: replacing("font: Inter", with: "font: Nope")))
        #expect(
            failure.description.hasPrefix("\(failure.file ?? ""):15: reading the layout: 'layers.title.font'"),
            "\(failure)")
    }

    @Test func bindingsReplaceDefaultsAndUndeclaredOnesAreIgnored() throws {
        let site = try TemporarySite()
        let file = try LayoutFile.load(try site.write("ok.yml", Self.valid))
        let layout = try file.layout(["accent": .color(.black), "unused": .number(3)])
        guard case .rectangle(let box) = layout.layers[0] else { Issue.record("first layer"); return }
        #expect(box.fill == .black)
        #expect(file.parameterDefaults == ["accent": "#1C64F2"])
    }

    @Test func everyBundledLayoutLoads() throws {
        for name in ["custom", "classic", "devto", "modern"] {
            let file = try LayoutFile.builtIn(name)
            #expect(file.name == name)
        }
    }
}
