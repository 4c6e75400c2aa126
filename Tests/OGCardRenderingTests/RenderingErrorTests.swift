import Foundation
import Testing

@testable import OGCard

/// Failures are one clear error naming what and where, and leave no partial file.
@Suite struct RenderingErrorTests {
    @Test func missingFontFileIsNamed() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/NoSuchFont.ttf")
        var fonts = FontSet.standard()
        fonts.files.append(missing)
        #expect {
            _ = try CardRenderer(fonts: fonts)
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.file == missing.path && error.step == .loadFonts
                && error.description.contains("NoSuchFont.ttf")
        }
    }

    @Test func fileThatIsNotAFontIsRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-fonts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bogus = folder.appendingPathComponent("Bogus.ttf")
        try Data("not a font".utf8).write(to: bogus)
        #expect(throws: Diagnostic.self) { _ = try CardRenderer(fonts: FontSet(files: [bogus])) }
    }

    @Test func unwritableOutputNamesThePathAndLeavesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A regular file where a folder is needed cannot be written through, even as root.
        let blocker = folder.appendingPathComponent("blocker")
        try Data().write(to: blocker)
        let target = blocker.appendingPathComponent("card.png")
        let renderer = try CardRenderer()
        #expect {
            try renderer.write(
                CardContent(title: "x"), layout: try OpenGraphImageLayout(style: .modern).layout(), to: target)
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.step == .writeFile && error.description.contains("blocker")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["blocker"])
    }

    @Test func writeReplacesAnExistingCardWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("nested/card.png")
        let renderer = try CardRenderer()
        let layout = try OpenGraphImageLayout(style: .modern).layout()
        try renderer.write(CardContent(title: "first"), layout: layout, to: target)
        let second = try renderer.write(CardContent(title: "second"), layout: layout, to: target)
        #expect(try Data(contentsOf: target) == second.pngData)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["card.png"]
        )
    }
}
