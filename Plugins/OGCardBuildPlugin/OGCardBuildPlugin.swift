import Foundation
import PackagePlugin

/// The build-tool plugin: on `swift build`, renders the cards and meta tags of the site in the
/// target's folder into the plugin's work folder, as two outputs that become the target's
/// resources (read at run time with OGCard's `SocialCards(bundle: .module)`).
///
/// One build command with declared inputs (every file of the site, and ogcard's own fonts and
/// layouts) and two declared outputs whose names do not depend on the posts: SwiftPM runs it
/// only when an input changed or an output is missing, and ogcard's manifest in the work folder
/// then renders only the cards whose inputs changed. A prebuild command would run on every
/// build and could not use `OGCardBuildTool`, which is built from source.
@main
struct OGCardBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // Target.directoryURL needs tools version 6.1; the source-module types have it in 6.0.
        let folder: URL
        if let swift = target as? SwiftSourceModuleTarget {
            folder = swift.directoryURL
        } else if let clang = target as? ClangSourceModuleTarget {
            folder = clang.directoryURL
        } else {
            Diagnostics.error("OGCardBuildPlugin needs a source target holding the site, not \(target.name)")
            return []
        }
        let site = Self.siteRoot(in: folder)
        let work = context.pluginWorkDirectoryURL
        var inputs = Self.files(under: site)
        if let ogcard = Self.ogcardPackage(from: context.package) {
            for resources in ["Fonts", "Assets/layouts"] {
                inputs += Self.files(under: ogcard.directoryURL.appendingPathComponent(resources))
            }
        }
        return [
            .buildCommand(
                displayName: "Rendering social cards for \(target.name)",
                executable: try context.tool(named: "OGCardBuildTool").url,
                arguments: [site.path, work.path],
                inputFiles: inputs,
                outputFiles: [
                    work.appendingPathComponent("ogcard-cards.json"),
                    work.appendingPathComponent("ogcard-cards.png-pack"),
                ])
        ]
    }

    /// The site's root: the shallowest folder under the target's that holds ogcard.yml or
    /// _ogcard.yml (`Sources/Site/Content/ogcard.yml`), else the target's folder itself.
    static func siteRoot(in folder: URL) -> URL {
        let configs = files(under: folder).filter {
            ["ogcard.yml", "_ogcard.yml"].contains($0.lastPathComponent)
        }
        let shallowest = configs.min { a, b in
            (a.pathComponents.count, a.path) < (b.pathComponents.count, b.path)
        }
        return shallowest?.deletingLastPathComponent() ?? folder
    }

    /// Files under `folder` that can shape a card: everything but Swift sources and the folders
    /// of git, SwiftPM and generators' output. Sorted, for a stable command.
    static func files(under folder: URL) -> [URL] {
        let skipped: Set<String> = [".git", ".build", ".swiftpm", "_site", "node_modules"]
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey])
        else { return [] }
        var found: [URL] = []
        while let url = walker.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                if skipped.contains(url.lastPathComponent) { walker.skipDescendants() }
                continue
            }
            if url.pathExtension != "swift" { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// ogcard's own package (its fonts and built-in layouts shape every card): the package
    /// itself or one of its dependencies, found by its manifest's name.
    static func ogcardPackage(from package: Package) -> Package? {
        var pending = [package]
        var seen: Set<String> = []
        while let next = pending.popLast() {
            guard seen.insert(next.id).inserted else { continue }
            if next.displayName == "ogcard" { return next }
            pending += next.dependencies.map(\.package)
        }
        return nil
    }
}
