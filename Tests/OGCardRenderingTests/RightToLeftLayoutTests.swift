import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Cards in a right-to-left language mirror their layout: tags and author swap sides and text
/// aligns right, unless the layout says `mirror: false`.
@Suite struct RightToLeftLayoutTests {
    static func render(_ language: String?, title: String = "Hello, world", mirror: Bool = true) throws
        -> DecodedImage
    {
        var layout = try LayoutFile.builtIn("ogcard").layout()
        layout.mirrorsForRightToLeft = mirror
        let content = CardContent(
            title: title, author: "Jeff Triplett", tags: ["swift", "web"], siteName: "Notes", language: language,
            publicationDate: Date(timeIntervalSince1970: 1_714_521_600))
        return try DecodedImage(png: CardRenderer().render(content, layout: layout).pngData)
    }

    /// The row of author and tags (centred on y 534).
    static let bottomRow = PixelBox(minX: 20, minY: 500, maxX: 1180, maxY: 568)
    /// The author's light grey text (#E2E8F0).
    static func isAuthor(_ pixel: Pixel) -> Bool {
        pixel.red > 170 && pixel.green > 170 && pixel.blue > 170 && Int(pixel.blue) - Int(pixel.red) < 40
    }
    /// The tags' sky-blue text (#7DD3FC).
    static func isTag(_ pixel: Pixel) -> Bool { pixel.blue > 200 && pixel.red < 170 && pixel.green > 150 }
    /// The title's near-white text, in the title area.
    static let titleArea = PixelBox(minX: 20, minY: 120, maxX: 1180, maxY: 480)
    static func isTitle(_ pixel: Pixel) -> Bool { pixel.red > 200 && pixel.green > 200 && pixel.blue > 200 }

    @Test func leftToRightCardsKeepTheAuthorLeftAndTagsRight() throws {
        let image = try Self.render("en")
        let author = try #require(image.boundingBox(in: Self.bottomRow, where: Self.isAuthor))
        let tags = try #require(image.boundingBox(in: Self.bottomRow, where: Self.isTag))
        #expect(author.maxX < 600 && tags.minX > 600, "author \(author), tags \(tags)")
    }

    @Test(arguments: ["ar", "he", "fa-IR"])
    func rightToLeftCardsSwapTheSidesAndAlignTheTitleRight(language: String) throws {
        let image = try Self.render(language)
        let author = try #require(image.boundingBox(in: Self.bottomRow, where: Self.isAuthor))
        let tags = try #require(image.boundingBox(in: Self.bottomRow, where: Self.isTag))
        #expect(author.minX > 600 && author.maxX <= 1112 + 1, "author \(author)")
        #expect(tags.maxX < 600 && tags.minX >= 88 - 1, "tags \(tags)")
        // An English title on a right-to-left card aligns right, with the rest of the card.
        let title = try #require(image.boundingBox(in: Self.titleArea, where: Self.isTitle))
        #expect(title.maxX >= 1100 && title.minX > 600, "title \(title)")
        // The start-side accent bar moves to the right edge.
        #expect(image.pixel(5, 300).blue < 100 && image.pixel(1194, 300).blue > 200)
    }

    @Test func anArabicTitleAlignsRightInBothDirections() throws {
        let title = "مرحبا بالعالم"
        for mirror in [true, false] {
            let image = try Self.render("ar", title: title, mirror: mirror)
            let ink = try #require(image.boundingBox(in: Self.titleArea, where: Self.isTitle))
            #expect(ink.maxX >= 1100, "mirror \(mirror): \(ink)")
        }
    }

    /// A balanced title of several lines keeps every line flush right: the narrower balanced
    /// block is placed at the right of the frame, mirrored or not.
    @Test func aBalancedArabicTitleKeepsEveryLineFlushRight() throws {
        let title = "لماذا نقلنا موقع التوثيق الخاص بنا إلى مولد مواقع ثابتة خلال عطلة نهاية الأسبوع"
        for mirror in [true, false] {
            let image = try Self.render("ar", title: title, mirror: mirror)
            // The cores of the lines: rows dense with ink (the rows between lines hold only the
            // odd ascender, descender or dot), grouped when no more than 3 rows apart.
            var lines: [ClosedRange<Int>] = []
            for y in Self.titleArea.minY...Self.titleArea.maxY {
                let row = PixelBox(minX: Self.titleArea.minX, minY: y, maxX: Self.titleArea.maxX, maxY: y)
                guard image.count(in: row, where: Self.isTitle) > 250 else { continue }
                if let last = lines.last, y - last.upperBound <= 3 {
                    lines[lines.count - 1] = last.lowerBound...y
                } else {
                    lines.append(y...y)
                }
            }
            #expect(lines.count >= 2, "mirror \(mirror): \(lines)")
            for line in lines {
                let band = PixelBox(
                    minX: Self.titleArea.minX, minY: line.lowerBound, maxX: Self.titleArea.maxX, maxY: line.upperBound)
                let ink = try #require(image.boundingBox(in: band, where: Self.isTitle))
                #expect(ink.maxX >= 1100, "mirror \(mirror), line \(line): \(ink)")
            }
        }
    }

    @Test func aLayoutCanOptOut() throws {
        let image = try Self.render("ar", mirror: false)
        let author = try #require(image.boundingBox(in: Self.bottomRow, where: Self.isAuthor))
        #expect(author.maxX < 600, "author \(author)")
    }

    @Test func detectionFromAnArabicTitleMirrorsToo() throws {
        let image = try Self.render(nil, title: "مرحبا بالعالم")
        let author = try #require(image.boundingBox(in: Self.bottomRow, where: Self.isAuthor))
        #expect(author.minX > 600, "author \(author)")
    }
}
