import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `logoUrl`: local files are drawn before the author; remote URLs only through a mapping, never fetched.
@Suite struct LogoTests {
    @Test func localLogoIsDrawnInsideTheModernAuthorPill() throws {
        let logo = try StyleFixture.redLogo()
        defer { try? FileManager.default.removeItem(at: logo) }
        var parameters = StyleFixture.defaults(.modern)
        parameters.logoUrl = logo.path
        let image = try StyleFixture.render(parameters)
        let red = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 450, maxX: 1199, maxY: 629), where: StyleFixture.isRed))
        let pill = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 450, maxX: 1199, maxY: 629)) { $0 == StyleFixture.blue })
        #expect(red.width == 40 && red.height == 40, "w-10 h-10: \(red)")
        // The pill grows to 40 + 2 × 4 px and keeps its bottom at 566; the logo starts after the 20 px padding.
        #expect(abs(pill.maxY - 565) <= 1 && abs(pill.height - 48) <= 1, "pill \(pill)")
        #expect(abs(red.minX - (pill.minX + 20)) <= 1, "logo \(red) in \(pill)")
        // The text follows 16 px later (mr-4): no red after the logo.
        #expect(
            image.count(
                in: PixelBox(minX: red.maxX + 1, minY: red.minY, maxX: pill.maxX, maxY: red.maxY),
                where: StyleFixture.isRed) == 0)
    }

    @Test func devtoLogoIsACircleBeforeTheAuthor() throws {
        let logo = try StyleFixture.redLogo()
        defer { try? FileManager.default.removeItem(at: logo) }
        var parameters = StyleFixture.defaults(.devto)
        parameters.logoUrl = logo.path
        let image = try StyleFixture.render(parameters)
        let red = try #require(
            image.boundingBox(in: PixelBox(minX: 60, minY: 440, maxX: 1140, maxY: 570), where: StyleFixture.isRed))
        #expect(abs(red.minX - 114) <= 1 && abs(red.maxY - 531) <= 1, "logo bottom-left: \(red)")
        #expect(StyleFixture.isRed(image.pixel(red.minX + 20, red.minY + 20)), "centre")
        #expect(!StyleFixture.isRed(image.pixel(red.minX + 1, red.minY + 1)), "corner cut by the circle")
    }

    @Test func remoteLogoIsLeftOutWithAWarning() throws {
        var parameters = StyleFixture.defaults(.custom)
        parameters.logoUrl = "https://example.com/logo.png"
        let resolved = try OpenGraphImageLayout(parameters).resolve()
        #expect(
            resolved.warnings.count == 1
                && resolved.warnings.first?.reason.contains("is remote and ogcard never downloads") == true)
        for case .pillRow(let row) in resolved.layout.layers { #expect(row.icon == nil) }
    }

    @Test func remoteLogoMappedToALocalFileIsDrawn() throws {
        let logo = try StyleFixture.redLogo()
        defer { try? FileManager.default.removeItem(at: logo) }
        var parameters = StyleFixture.defaults(.custom)
        parameters.logoUrl = "https://example.com/logo.png"
        let image = try StyleFixture.render(parameters, logoFiles: ["https://example.com/logo.png": logo])
        let red = try #require(
            image.boundingBox(in: PixelBox(minX: 600, minY: 440, maxX: 1140, maxY: 570), where: StyleFixture.isRed))
        // Before the author on the right; the row ends at y 542.
        #expect(red.width == 40 && abs(red.maxY - 541) <= 1, "logo \(red)")
    }

    @Test func missingAndNonPNGLogosWarn() throws {
        var parameters = StyleFixture.defaults(.modern)
        parameters.logoUrl = "/nonexistent/logo.png"
        #expect(
            try OpenGraphImageLayout(parameters).resolve().warnings.map(\.reason).map { $0.contains("cannot be read") }
                == [true])
        let text = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-logo-\(UUID().uuidString).jpg")
        try Data("not a png".utf8).write(to: text)
        defer { try? FileManager.default.removeItem(at: text) }
        parameters.logoUrl = text.path
        #expect(
            try OpenGraphImageLayout(parameters).resolve().warnings.map(\.reason).map { $0.contains("is not a PNG") }
                == [true])
    }
}
