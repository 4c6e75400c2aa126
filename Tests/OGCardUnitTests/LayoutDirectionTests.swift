import Foundation
import Testing

@testable import OGCard

/// A layout's `lang` and `mirror` keys, and what mirroring does to its boxes.
@Suite struct LayoutDirectionTests {
    static func layout(_ top: String) throws -> CardLayout {
        try LayoutFile.parse(
            top + "\n" + LayoutFileValidationTests.valid, url: URL(fileURLWithPath: "/tmp/direction-test.yml")
        ).layout()
    }

    @Test func langAndMirrorAreRead() throws {
        let layout = try Self.layout("lang: zh-Hant\nmirror: false")
        #expect(layout.language == "zh-Hant")
        #expect(!layout.mirrorsForRightToLeft)
        let defaults = try Self.layout("")
        #expect(defaults.language == nil && defaults.mirrorsForRightToLeft)
    }

    @Test func aLangThatIsNotALanguageTagIsAnErrorOnItsLine() throws {
        do {
            _ = try Self.layout("lang: \"en; rm -rf\"")
            Issue.record("accepted a bad lang")
        } catch let error as Diagnostic {
            #expect(error.line == 1)
            #expect(error.reason.contains("lang"), "\(error.reason)")
        }
    }

    @Test func mirroringSwapsBoxesStripsAndAlignment() throws {
        let ogcard = try LayoutFile.builtIn("ogcard").layout()
        let mirrored = ogcard.mirrored()
        #expect(mirrored.layers.count == ogcard.layers.count)
        for (original, flipped) in zip(ogcard.layers, mirrored.layers) {
            switch (original, flipped) {
            case (.rectangle(let a), .rectangle(let b)):
                #expect(b.frame.x == 1200 - a.frame.maxX && b.frame.width == a.frame.width && b.frame.y == a.frame.y)
            case (.text(let a), .text(let b)):
                #expect(b.frame.x == 1200 - a.frame.maxX && b.alignment == a.alignment.mirrored)
            case (.pillRow(let a), .pillRow(let b)):
                #expect(b.left == 1200 - a.right && b.right == 1200 - a.left)
                #expect(b.alignment == a.alignment.mirrored && b.rightToLeft && !a.rightToLeft)
            case (.image(let a), .image(let b)):
                #expect(b.frame.x == 1200 - a.frame.maxX)
            default:
                Issue.record("layer kinds differ: \(original.name) / \(flipped.name)")
            }
        }
        #expect(mirrored.mirrored() == ogcard)
    }
}
