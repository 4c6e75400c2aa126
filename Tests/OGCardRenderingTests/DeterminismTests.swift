import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The same inputs give the same bytes: across runs, threads, locales and installed fonts.
@Suite struct DeterminismTests {
    static let contents: [CardContent] = [
        CardContent(title: "PyCon US 2017", author: "webology", tags: ["pycon"]),
        CardContent(title: "日本語のタイトル 漢字 かな", author: "著者", tags: ["日本"]),
        CardContent(title: "Family 👨‍👩‍👧‍👦 👍🏽", author: "emoji", tags: ["a", "b"]),
        CardContent(title: "مرحبا بالعالم and שלום", author: "rtl", tags: []),
        CardContent(title: String(repeating: "long words ", count: 30), author: "x", tags: ["t"]),
        CardContent(title: "Django `UserPassesTestMixin`", author: "webology", tags: ["django", "python"]),
    ]

    static func renderAll(with renderer: CardRenderer) throws -> [Data] {
        let layout = try OpenGraphImageLayout(style: .modern).layout()
        return try contents.map { try renderer.render($0, layout: layout).pngData }
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let first = try Self.renderAll(with: CardRenderer())
        let second = try Self.renderAll(with: CardRenderer())
        #expect(Self.same(first, second), "cards differ between two runs")
    }

    @Test func oneThreadAndTwoThreadsGiveIdenticalBytes() throws {
        let serial = try Self.renderAll(with: CardRenderer())
        let results = ResultBox(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            results.set(worker, Result { try Self.renderAll(with: CardRenderer()) })
        }
        for worker in 0..<2 {
            #expect(Self.same(try results.get(worker), serial), "worker \(worker) differs from the serial run")
        }
    }

    /// The cached backdrop (page, gradients, shadows) gives the same pixels as drawing it.
    @Test(arguments: ["ogcard", "custom", "devto"])
    func cachedBackdropEqualsDrawingEverything(design: String) throws {
        let layout =
            design == "ogcard"
            ? try LayoutFile.builtIn("ogcard").layout()
            : try OpenGraphImageLayout(style: OpenGraphImageStyle(rawValue: design)!).layout()
        let content = CardContent(title: "Backdrop", author: "a", tags: ["t"], siteName: "Site", date: "May 1, 2024")
        let renderer = try CardRenderer()
        _ = try renderer.render(content, layout: layout)  // fills the cache
        let cached = try renderer.render(content, layout: layout).pngData
        let surface = try CairoImageSurface(width: layout.width, height: layout.height)
        let engine = try TextEngine(fonts: FontConfigurationCache.configuration(for: .standard()))
        try LayoutPainter(
            engine: engine, shadows: ShadowPainter(), images: ImageCache(), context: CairoContext(surface: surface),
            content: content, layout: layout, debugOutlines: false
        ).paint()
        let direct = try PNGWriter.encode(surface, options: .default)
        // The cached card reuses the backdrop's deflated bands, so compare what they decode to.
        #expect(
            try DecodedImage(png: cached).rgba == DecodedImage(png: direct).rgba,
            "\(design): cached backdrop differs from drawing it")
    }

    @Test func noTimestampOrOtherAncillaryChunks() throws {
        let (png, _) = try CardFixture.modern("PyCon US 2017")
        let chunks = Self.chunkTypes(png)
        #expect(chunks.first == "IHDR")
        #expect(chunks.last == "IEND")
        #expect(Set(chunks).isSubset(of: ["IHDR", "IDAT", "IEND"]), "\(chunks)")
    }

    /// Runs the built `ogcard` with a Chinese locale and an empty system font configuration,
    /// and compares its PNG with one made in this process.
    @Test func localeAndSystemFontsDoNotChangeTheBytes() throws {
        let ogcard = try Program.ogcard
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        let folder = scratch.root
        let emptyFontConfig = folder.appendingPathComponent("fonts.conf")
        try Data("<?xml version=\"1.0\"?><fontconfig></fontconfig>".utf8).write(to: emptyFontConfig)
        let title = "漢字 直 骨 海 — 日本語 and 中文 👍🏽"
        var outputs: [Data] = []
        for (index, environment) in [
            ["LANG": "C.UTF-8"],
            [
                "LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN", "PANGO_LANGUAGE": "zh_CN",
                "FONTCONFIG_FILE": emptyFontConfig.path,
            ],
            ["LANG": "ja_JP.UTF-8", "LANGUAGE": "ja", "PANGO_LANGUAGE": "ja"],
        ].enumerated() {
            let output = folder.appendingPathComponent("card\(index).png")
            let run = try ogcard.run(
                ["preview", "--title", title, "--author", "a", "--tags", "t", "-o", output.path], in: folder,
                environment: environment)
            #expect(run.status == 0, "\(run)")
            outputs.append(try Data(contentsOf: output))
        }
        #expect(Self.same(outputs[0], outputs[1]), "LANGUAGE=zh_CN or the system font configuration changed the card")
        #expect(Self.same(outputs[0], outputs[2]), "LANGUAGE=ja changed the card")
        var design = OpenGraphImageStyleDefaults.resolved(for: .modern)
        design.atSymbol = false
        let inProcess = try CardRenderer().render(
            CardContent(title: title, author: "a", tags: ["t"]), layout: try OpenGraphImageLayout(design).layout())
        #expect(Self.same(inProcess.pngData, outputs[0]), "in-process card differs from the command's")
    }

    /// Byte equality without the test library printing megabytes of diff.
    static func same(_ a: Data, _ b: Data) -> Bool { a == b }
    static func same(_ a: [Data], _ b: [Data]) -> Bool { a == b }

    static func chunkTypes(_ png: Data) -> [String] {
        var types: [String] = []
        var offset = 8
        let bytes = [UInt8](png)
        while offset + 8 <= bytes.count {
            let length =
                Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8
                | Int(bytes[offset + 3])
            types.append(String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self))
            offset += 12 + length
        }
        return types
    }
}

/// Results written by concurrent workers, one slot each.
final class ResultBox: @unchecked Sendable {
    private var slots: [Result<[Data], any Error>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result<[Data], any Error>) { lock.withLock { slots[index] = value } }
    func get(_ index: Int) throws -> [Data] { try lock.withLock { slots[index] }!.get() }
}
