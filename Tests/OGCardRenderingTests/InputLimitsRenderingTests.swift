import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// What a card's inputs cannot do to the renderer: decode a huge image, block on a FIFO, shape
/// megabytes of text, or trap on a number.
@Suite struct InputLimitsRenderingTests {
    /// A temporary folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first 24 bytes of a PNG: signature and an IHDR declaring `width` × `height`. Enough for
    /// the size check, which never reads further.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += withUnsafeBytes(of: value.bigEndian) { Array($0) } }
        return Data(bytes + [8, 6, 0, 0, 0, 0, 0, 0, 0])
    }

    /// A FIFO at `url`.
    static func fifo(_ url: URL) throws {
        guard mkfifo(url.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    @Test func aLogoDeclaringTwentyThousandPixelsIsLeftOutWithAWarning() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let logo = folder.appendingPathComponent("huge.png")
        try Self.pngHeader(width: 20_000, height: 20_000).write(to: logo)
        var parameters = StyleFixture.defaults(.modern)
        parameters.logoUrl = logo.path
        let resolved = try OpenGraphImageLayout(parameters).resolve()
        let warning = try #require(resolved.warnings.first)
        #expect(warning.severity == .warning && warning.step == .layOut)
        #expect(
            warning.reason.contains(logo.path) && warning.reason.contains("20000×20000 px")
                && warning.reason.contains("limits.image_side"), "\(warning)")
        #expect(resolved.layout.imageFiles.isEmpty)
        // The card is drawn without it.
        let image = try DecodedImage(
            png: try CardRenderer().render(CardContent(title: "T", author: "a"), layout: resolved.layout).pngData)
        #expect(image.width == 1200 && image.height == 630)
        // A site that raises the limit gets the logo (then Cairo, not ogcard, finds it truncated).
        var raised = OpenGraphImageLayout(parameters)
        raised.maxImageSide = 20_000
        #expect(try raised.resolve().warnings.first?.reason.contains("larger than") != true)
    }

    @Test(.timeLimit(.minutes(1)))
    func aLogoThatIsAFIFOIsLeftOutWithoutBlocking() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let logo = folder.appendingPathComponent("logo.png")
        try Self.fifo(logo)
        var parameters = StyleFixture.defaults(.modern)
        parameters.logoUrl = logo.path
        let resolved = try OpenGraphImageLayout(parameters).resolve()
        let warning = try #require(resolved.warnings.first)
        #expect(warning.reason.contains("cannot be read") && warning.reason.contains("FIFO"), "\(warning)")
        #expect(resolved.layout.imageFiles.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func layoutFilesImagesAndFontsThatAreFIFOsAreErrors() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let image = folder.appendingPathComponent("image.png")
        try Self.fifo(image)
        let yaml = """
            canvas: {width: 100, height: 100}
            layers:
              - image: picture
                file: image.png
                frame: {x: 0, y: 0, width: 10, height: 10}
            """
        #expect {
            try LayoutFile.parse(yaml, url: folder.appendingPathComponent("card.yml"))
        } throws: { error in
            let error = error as? Diagnostic
            return error?.line == 4 && error?.reason.contains("not a regular file") == true
        }
        let layoutFile = folder.appendingPathComponent("fifo.yml")
        try Self.fifo(layoutFile)
        #expect {
            try LayoutFile.load(layoutFile)
        } throws: { error in
            (error as? Diagnostic)?.reason.contains("FIFO") == true
        }
        let font = folder.appendingPathComponent("font.ttf")
        try Self.fifo(font)
        #expect {
            try FontConfiguration(fontFiles: [font])
        } throws: { error in
            let error = error as? Diagnostic
            return error?.file == font.path && error?.reason.contains("not a regular file") == true
        }
        // Drawing an image layer that became a FIFO after the layout was read fails the card instead of blocking.
        let layout = CardLayout(
            name: "x", width: 100, height: 100, background: .white,
            layers: [
                .image(ImageLayer(name: "picture", file: image, frame: CardRect(x: 0, y: 0, width: 10, height: 10)))
            ])
        #expect {
            try CardRenderer().render(CardContent(title: ""), layout: layout)
        } throws: { error in
            (error as? Diagnostic)?.reason.contains("FIFO") == true
        }
    }

    @Test func aLayoutImageOverTheLimitFailsTheCardBeforeDecoding() throws {
        let logo = try StyleFixture.redLogo()
        defer { try? FileManager.default.removeItem(at: logo) }
        let layout = CardLayout(
            name: "x", width: 100, height: 100, background: .white,
            layers: [
                .image(ImageLayer(name: "logo", file: logo, frame: CardRect(x: 0, y: 0, width: 40, height: 40)))
            ])
        #expect {
            try CardRenderer(limits: InputLimits(imageSide: 32)).render(CardContent(title: ""), layout: layout)
        } throws: { error in
            let error = error as? Diagnostic
            return error?.file == logo.path && error?.reason.contains("40×40 px, larger than 32×32") == true
        }
        let image = try DecodedImage(png: try CardRenderer().render(CardContent(title: ""), layout: layout).pngData)
        #expect(StyleFixture.isRed(image.pixel(20, 20)))
    }

    @Test func aTenMegabyteTitleIsCutBeforeShaping() throws {
        // Before: 15+ minutes of Pango fitting. The renderer cuts every text to its limit itself.
        let title = String(repeating: "Lorem ipsum dolor sit amet ", count: 400_000)
        let clock = ContinuousClock()
        let start = clock.now
        let (_, image) = try CardFixture.modern(title)
        let elapsed = clock.now - start
        #expect(image.width == 1200 && image.height == 630)
        #expect(image.count(in: CardFixture.titleBox(), where: CardFixture.isInk) > 1000, "the title is drawn")
        // Not a timing assertion on the renderer's speed: a bound a hundred times what it takes,
        // that shaping ten megabytes could never meet.
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }

    @Test func absurdNumbersInALayoutBuiltInCodeDoNotTrap() throws {
        let shadow = Shadow(offsetX: 0, offsetY: 0, blur: 1e12, spread: 1e12, color: .black)
        let layout = CardLayout(
            name: "x", width: 200, height: 100, background: .white,
            layers: [
                .rectangle(
                    RectangleLayer(
                        name: "box", frame: CardRect(x: 10, y: 10, width: 50, height: 50), fill: .black, shadow: shadow)
                ),
                .text(
                    TextLayer(
                        name: "t", field: .title, frame: CardRect(x: 0, y: 0, width: 1e12, height: 1e300),
                        style: TextStyle(
                            font: FontSpec(family: "Inter", weight: 400), size: 12, lineHeight: 1e9, color: .black))),
            ])
        let image = try DecodedImage(
            png: try CardRenderer().render(CardContent(title: "Hello"), layout: layout).pngData)
        #expect(image.width == 200 && image.pixel(30, 30) == Pixel(hex: "000000"))
    }
}
