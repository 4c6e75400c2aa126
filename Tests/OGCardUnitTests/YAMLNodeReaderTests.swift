import Foundation
import Testing

@testable import OGCard

/// ogcard.yml and layout files are read by one `YAMLNodeReader`: a value means the same in both,
/// and a wrong one is described the same way, each in its file's own error.
@Suite struct YAMLNodeReaderTests {
    static let layout = """
        canvas: {width: 1200, height: 630, background: "#ffffff"}
        layers:
          - text: title
            field: title
            frame: {left: 100, top: 100, right: 1100, bottom: 500}
            font: Inter
            size: 64
            color: "#000000"
            italic: ITALIC
        """

    static func config(_ yaml: String) throws(Diagnostic) -> SiteConfig {
        try SiteConfigLoader.parse(
            yaml: yaml, file: "ogcard.yml", root: URL(fileURLWithPath: "/site"),
            defaults: SiteDefaults(generator: .jekyll))
    }

    static func layout(italic: String) throws(Diagnostic) -> CardLayout {
        try LayoutFile.parse(
            layout.replacingOccurrences(of: "ITALIC", with: italic), url: URL(fileURLWithPath: "/l/layout.yml")
        ).layout()
    }

    static func isItalic(_ layout: CardLayout) -> Bool {
        guard case .text(let text)? = layout.layers.first else { return false }
        return text.style.font.italic
    }

    @Test(arguments: [
        ("true", true), ("YES", true), ("on", true), ("\"true\"", true), ("'no'", false), ("Off", false),
        ("false", false),
    ])
    func booleansMeanTheSameInBothFiles(text: String, expected: Bool) throws {
        #expect(try Self.config("add_missing_image: \(text)\n").addMissingImage == expected)
        #expect(Self.isItalic(try Self.layout(italic: text)) == expected)
    }

    @Test func aWrongValueIsDescribedTheSameWay() {
        #expect {
            try Self.config("add_missing_image: maybe\n")
        } throws: { error in
            let error = error as? Diagnostic
            return error?.line == 1 && error?.key == "add_missing_image"
                && error?.reason == "key 'add_missing_image': expected true or false, got 'maybe'"
        }
        #expect {
            try Self.layout(italic: "maybe")
        } throws: { error in
            let error = error as? Diagnostic
            return error?.line == 9 && error?.reason == "'layers.title.italic': expected true or false, got 'maybe'"
        }
        #expect {
            try Self.config("name: [a, b]\n")
        } throws: { error in (error as? Diagnostic)?.reason == "key 'name': expected text, got a list" }
        #expect {
            try LayoutFile.parse("name: [a, b]\n" + Self.layout, url: URL(fileURLWithPath: "/l/layout.yml"))
        } throws: { error in (error as? Diagnostic)?.reason == "'name': expected text, got a list" }
    }

    @Test func dollarIsOnlyTextInOgcardYml() throws {
        // Layout files have `$parameters`; ogcard.yml has none, so `$` there is part of the value.
        #expect(try Self.config("name: $5 Tips\n").name == "$5 Tips")
    }
}
