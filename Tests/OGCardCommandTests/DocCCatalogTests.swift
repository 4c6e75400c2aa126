import Foundation
import OGCardTestSupport
import Testing

/// The layout format is written once, in Assets/layouts/README.md; the DocC article is made from
/// it by scripts/docc-catalog (which scripts/check-docs runs before `docc convert`).
@Suite struct DocCCatalogTests {
    @Test func theLayoutFormatArticleIsMadeFromTheLayoutsReadme() throws {
        let root = PackageRoot.url
        let catalog = root.appendingPathComponent("Sources/OGCard/OGCard.docc")
        #expect(
            !FileManager.default.fileExists(atPath: catalog.appendingPathComponent("LayoutFormat.md").path),
            "a copy of the layout format in the catalog drifts from Assets/layouts/README.md")

        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-docc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/bin/bash"), [root.appendingPathComponent("scripts/docc-catalog").path, out.path],
            in: root)
        #expect(result.status == 0, "\(result)")

        let article = try String(contentsOf: out.appendingPathComponent("LayoutFormat.md"), encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("Assets/layouts/README.md"), encoding: .utf8)
        #expect(article.hasPrefix("# Layout format\n"))
        // Every line of the README but its title, in order, as one block.
        let body = readme.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
        #expect(article.contains(body))
        // The rest of the catalog comes along, and its links to the article have a target.
        let overview = try String(contentsOf: out.appendingPathComponent("OGCard.md"), encoding: .utf8)
        #expect(overview.contains("<doc:LayoutFormat>"))
    }
}
