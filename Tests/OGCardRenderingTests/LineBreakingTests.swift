import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Line breaking and fitting a typographer would sign (issue 13, item 2), read from decoded
/// pixels of ogcard's own design: balanced lines, CJK punctuation aligned to its ink, and the
/// title's gap to the pill rows.
@Suite struct LineBreakingTests {
    /// The title area of `ogcard.yml`, above the author and tags rows (which start at y 510).
    static let titleArea = PixelBox(minX: 88, minY: 110, maxX: 1112, maxY: 505)

    /// The title is near-white on a dark gradient; the accent and muted rows are darker.
    static func isTitleInk(_ pixel: Pixel) -> Bool { pixel.red > 150 && pixel.green > 150 && pixel.blue > 150 }

    static func layout(_ base: CardLayout? = nil, _ change: (inout TextLayer) -> Void = { _ in }) throws
        -> CardLayout
    {
        var layout = try base ?? LayoutFile.builtIn("ogcard").layout()
        layout.layers = layout.layers.map { layer in
            guard case .text(var text) = layer, text.field == .title else { return layer }
            change(&text)
            return .text(text)
        }
        return layout
    }

    static func render(_ title: String, layout: CardLayout? = nil, tags: [String] = ["swift"]) throws -> DecodedImage {
        let content = CardContent(title: title, author: "Jane Doe", tags: tags, siteName: "Notes")
        let png = try CardRenderer().render(content, layout: try layout ?? Self.layout()).pngData
        return try DecodedImage(png: png)
    }

    /// Each line's ink box, top to bottom: rows of ink separated by blank rows.
    static func lineBoxes(_ image: DecodedImage, in area: PixelBox = titleArea) -> [PixelBox] {
        var boxes: [PixelBox] = []
        var current: PixelBox?
        for y in area.minY...area.maxY {
            let row = PixelBox(minX: area.minX, minY: y, maxX: area.maxX, maxY: y)
            if let ink = image.boundingBox(in: row, where: isTitleInk) {
                current =
                    current.map {
                        PixelBox(
                            minX: min($0.minX, ink.minX), minY: $0.minY, maxX: max($0.maxX, ink.maxX), maxY: y)
                    } ?? ink
            } else if let finished = current {
                boxes.append(finished)
                current = nil
            }
        }
        if let current { boxes.append(current) }
        return boxes
    }

    // MARK: - CJK punctuation at line edges

    /// `「` is drawn in the right half of its em; at a line's start that half must not show as
    /// an indent. The other lines start with ideographs, whose ink sits at their left edge.
    @Test func openingBracketStartingALineIsFlushWithTheLinesBelow() throws {
        let title = "「译」如何理解文档对象是超文本文档的实例以及它们之间的关系和区别"
        let lines = Self.lineBoxes(try Self.render(title))
        try #require(lines.count >= 2, "\(lines)")
        // Ideographs' own ink starts a few px apart (是 at 2 px, 它 at 5 px from the em box);
        // the bracket's ink lines up with the leftmost of them. Untrimmed it would be 34 px in.
        let others = lines.dropFirst().map(\.minX).min() ?? 0
        #expect(abs(lines[0].minX - others) <= 2, "first line \(lines[0]), others \(lines.dropFirst())")
    }

    /// The same in a centred layout: the line is centred on its ink, not on the blank half.
    @Test func openingBracketIsTrimmedInCentredTitlesToo() throws {
        let title = "「译」如何理解文档对象"
        let centred = try Self.layout { $0.alignment = .center }
        let plain = Self.lineBoxes(try Self.render("如何理解文档对象", layout: centred))
        let bracketed = Self.lineBoxes(try Self.render(title, layout: centred))
        try #require(plain.count == 1 && bracketed.count == 1)
        let frame = try #require(Self.titleFrame(centred))
        let middle = (frame.x + frame.maxX) / 2
        let inkMiddle = Double(bracketed[0].minX + bracketed[0].maxX) / 2
        // Untrimmed, the ink would sit a quarter em (17 px at 68 px) right of the middle.
        #expect(abs(inkMiddle - middle) <= 6, "ink \(bracketed[0]) around \(middle)")
    }

    /// A closing mark ending a right-aligned line keeps its ink at the right edge, where an
    /// ideograph's would be: `。` is drawn in the left half of its em, and untrimmed it would
    /// leave a 34 px notch.
    @Test func closingMarkEndingARightAlignedLineIsFlushRight() throws {
        let right = try Self.layout { $0.alignment = .right }
        let stop = try #require(Self.lineBoxes(try Self.render("文档对象是实例。", layout: right)).first)
        let ideograph = try #require(Self.lineBoxes(try Self.render("文档对象是实例一", layout: right)).first)
        #expect(abs(stop.maxX - ideograph.maxX) <= 3, "。 ends at \(stop.maxX), 一 at \(ideograph.maxX)")
    }

    /// `（二）：` drawn as written leaves two blank halves between `）` and `：`; squeezed, the
    /// four marks take four and a half ems instead of five (JLREQ 3.1.4, CLREQ 3.1.6).
    @Test func adjacentFullWidthPunctuationIsSqueezed() throws {
        let fitted = try Self.fitted("（二）：好")
        let layer = try Self.titleLayer()
        let size = layer.style.size
        let plain = TextLayout(
            engine: try TitleTextTests.engine(), text: "（二）：好", font: layer.style.font, size: size,
            lineHeight: size, language: nil)
        let squeezed = fitted.layout.logicalExtents.width
        #expect(abs(plain.logicalExtents.width - squeezed - size / 2) < 1, "plain \(plain.logicalExtents), \(squeezed)")
    }

    /// UAX #14 forbids a line to start with a closing mark; balancing narrows lines and must
    /// keep that, at every width it tries.
    @Test(arguments: [560.0, 700, 840, 1024])
    func noLineStartsWithAClosingMark(width: Double) throws {
        let titles = [
            "深入理解 JavaScript 系列（二）：揭秘命名函数表达式，你真的懂了吗？好？",
            "「译」ES5, ES6, ES2016, ES.Next: JavaScript 的版本是怎么回事？",
            "日本語の「かぎ括弧」と『二重かぎ括弧』、句読点。そして！？感嘆符と疑問符。",
        ]
        for title in titles {
            let fitted = try Self.fitted(title, width: width)
            let text = Array(fitted.layout.text.utf8)
            for line in fitted.layout.lines().dropFirst() {
                let first = String(decoding: text[line.start...].prefix(4), as: UTF8.self).unicodeScalars.first
                let scalar = try #require(first)
                #expect(!CJKPunctuation.isClosing(scalar), "\(title) at \(width): a line starts with \(scalar)")
            }
        }
    }

    // MARK: - Balance

    /// Titles whose greedy wrap leaves a short last line: `好？` alone, one short word.
    static let unevenTitles = [
        "深入理解命名函数表达式与函数声明之间的区别以及作用你真的懂了吗好？",
        "Why we moved our documentation site to a static site generator in one weekend, really",
        "למה העברנו את אתר התיעוד שלנו למחולל אתרים סטטיים בסוף שבוע אחד",
    ]

    @Test(arguments: unevenTitles)
    func lastLineIsAtLeastFortyPercentOfTheWidest(title: String) throws {
        let balanced = Self.lineBoxes(try Self.render(title))
        let greedy = Self.lineBoxes(try Self.render(title, layout: try Self.layout { $0.balance = .off }))
        try #require(balanced.count >= 2 && balanced.count == greedy.count, "\(balanced) \(greedy)")
        // The case is hard: wrapped greedily its last line is short.
        let greedyLast = Double(greedy.last!.width) / Double(greedy.map(\.width).max()!)
        #expect(greedyLast < 0.4, "greedy last line \(greedyLast)")
        let last = Double(balanced.last!.width) / Double(balanced.map(\.width).max()!)
        #expect(last >= 0.4, "balanced \(balanced)")
    }

    /// The opengraphimg designs wrap as the service did, except that a widow is evened out.
    @Test func opengraphimgDesignsEvenOutOnlyAWidow() throws {
        let modern = try OpenGraphImageLayout(style: .modern).layout()
        let greedy = try Self.layout(modern) { $0.balance = .off }
        let area = PixelBox(minX: 128, minY: 108, maxX: 1071, maxY: 521)
        let widow = "深入理解命名函数表达式与函数声明之间的区别你真的懂了吗好？"
        let lines = Self.lineBoxes(try Self.render(widow, layout: modern), in: area)
        let greedyLines = Self.lineBoxes(try Self.render(widow, layout: greedy), in: area)
        try #require(lines.count == 3 && greedyLines.count == 3, "\(lines)")
        #expect(Double(greedyLines[2].width) < 0.4 * Double(greedyLines.map(\.width).max()!), "\(greedyLines)")
        #expect(Double(lines[2].width) >= 0.4 * Double(lines.map(\.width).max()!), "\(lines)")
        // A last line of fair length: the same pixels as the service's greedy wrap.
        let normal = "Writing a static site generator in Swift, with Pango and Cairo"
        let content = CardContent(title: normal, author: "jane", tags: ["swift"])
        #expect(
            try CardRenderer().render(content, layout: modern).pngData
                == CardRenderer().render(content, layout: greedy).pngData)
        let normalLines = Self.lineBoxes(try Self.render(normal, layout: modern), in: area)
        #expect(normalLines.count == 2, "a two-line title: \(normalLines)")
    }

    /// Balancing narrows the lines, never the size: the same lines count and ink height.
    @Test func balancingKeepsTheSizeAndLineCount() throws {
        let title = Self.unevenTitles[1]
        let balanced = Self.lineBoxes(try Self.render(title))
        let greedy = Self.lineBoxes(try Self.render(title, layout: try Self.layout { $0.balance = .off }))
        #expect(balanced.count == greedy.count)
        #expect(balanced.first?.minY == greedy.first?.minY)
        #expect(balanced.first?.minX == greedy.first?.minX, "left-aligned lines stay on the frame's left edge")
    }

    // MARK: - Gap

    /// A title box that reaches down to the rows, bottom-aligned: without a gap the ink ends
    /// next to the pills; with `gap: 40` it stays 40 px clear, shrinking or moving up.
    @Test func titleInkKeepsTheLayoutsGapFromThePills() throws {
        let title = "深入理解 JavaScript 系列（二）：揭秘命名函数表达式 and a long tail of words"
        func crowded(gap: Double) throws -> CardLayout {
            try Self.layout {
                $0.frame = CardRect(x: $0.frame.x, y: $0.frame.y, width: $0.frame.width, height: 510.6 - $0.frame.y)
                $0.verticalAlignment = .bottom
                $0.gap = gap
            }
        }
        let pillTop = 510  // the tags' pills: 46.8 px tall around y 534
        let area = PixelBox(minX: 88, minY: 110, maxX: 1112, maxY: pillTop - 1)
        let touching = try #require(Self.lineBoxes(try Self.render(title, layout: try crowded(gap: 0)), in: area).last)
        #expect(touching.maxY > pillTop - 40, "without a gap the ink comes close: \(touching)")
        let lines = Self.lineBoxes(try Self.render(title, layout: try crowded(gap: 40)), in: area)
        let last = try #require(lines.last)
        #expect(last.maxY <= pillTop - 40, "ink \(last)")
        #expect(lines.count >= 2, "the title is still there: \(lines)")
    }

    /// Every bundled design, hard titles: no pixel of title ink within the design's `gap` of a
    /// row of pills that has items. Title ink is whatever differs from the same card with an
    /// empty title, so the check holds on every background.
    @Test(arguments: ["ogcard", "custom", "classic", "devto", "modern"])
    func titleInkNeverComesWithinTheGapOfARow(design: String) throws {
        let layout = try LayoutFile.builtIn(design).layout()
        var layers: [TextLayer] = []
        for case .text(let layer) in layout.layers where layer.field == .title { layers.append(layer) }
        let title = try #require(layers.first)
        #expect(title.gap > 0)
        let titles = [
            "如何理解 <code>document</code> 对象是 <code>HTMLDocument</code> 的实例？深入理解 JavaScript 系列（二）：揭秘命名函数表达式",
            String(repeating: "A very long title that goes on and on ", count: 7).prefix(250).description,
            "Émile Ÿvette Ångström: gÿpsy jpqg ÇÅÉ lessons from a year of side projects with descenders",
        ]
        func image(_ title: String) throws -> DecodedImage {
            let content = CardContent(title: title, author: "Jane Doe", tags: ["swift", "web"], siteName: "Notes")
            return try DecodedImage(png: try CardRenderer().render(content, layout: layout).pngData)
        }
        let blank = try image("")
        for text in titles {
            let card = try image(text)
            var inkPixels = 0
            for case .pillRow(let row) in layout.layers {
                let top = row.anchor.top(forHeight: row.pillHeight)
                let bottom = top + row.pillHeight
                let left = Int(max(row.left, title.frame.x)), right = Int(min(row.right, title.frame.maxX)) - 1
                guard left < right else { continue }
                // The bands just outside the row, `gap` deep, less a pixel for antialiasing.
                let above = (Int((top - title.gap).rounded(.up)) + 1, Int(top.rounded(.down)) - 1)
                let below = (Int(bottom.rounded(.up)) + 1, Int((bottom + title.gap).rounded(.down)) - 1)
                for (from, to) in [above, below] where from <= to {
                    for y in max(0, from)...min(629, to) {
                        for x in left...right where card.pixel(x, y).distance(to: blank.pixel(x, y)) > 24 {
                            inkPixels += 1
                        }
                    }
                }
            }
            #expect(inkPixels == 0, "\(design): \(inkPixels) title pixels within \(title.gap) px of a row for \(text)")
        }
    }

    /// Without tags and author there is nothing to keep clear of: the same card as gap 0.
    @Test func gapOnlyBitesNextToRowsWithItems() throws {
        let title = "A title that would crowd the rows if there were any rows at all to crowd"
        let bottom = try Self.layout {
            $0.frame = CardRect(x: $0.frame.x, y: $0.frame.y, width: $0.frame.width, height: 510 - $0.frame.y)
            $0.verticalAlignment = .bottom
        }
        var gapped = bottom
        gapped.layers = bottom.layers.map { layer in
            guard case .text(var text) = layer, text.field == .title else { return layer }
            text.gap = 60
            return .text(text)
        }
        let content = CardContent(title: title, author: "", tags: [], siteName: "")
        let plain = try CardRenderer().render(content, layout: bottom).pngData
        let withGap = try CardRenderer().render(content, layout: gapped).pngData
        #expect(plain == withGap)
    }

    // MARK: - Helpers

    static func titleLayer() throws -> TextLayer {
        for case .text(let layer) in try layout().layers where layer.field == .title { return layer }
        throw CocoaError(.featureUnsupported)
    }

    static func titleFrame(_ layout: CardLayout) -> CardRect? {
        for case .text(let layer) in layout.layers where layer.field == .title { return layer.frame }
        return nil
    }

    static func fitted(_ title: String, width: Double? = nil) throws -> FittedText {
        let layer = try titleLayer()
        var frame = layer.frame
        if let width { frame.width = width }
        return TextFitter(engine: try TitleTextTests.engine(), layer: layer, frame: frame, language: nil).fit(title)
    }
}
