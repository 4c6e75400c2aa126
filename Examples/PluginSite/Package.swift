// swift-tools-version:6.0
// A Swift-built site whose cards `swift build` renders: OGCardBuildPlugin on the site's target.
//
//   swift build && swift run PluginSite [OUTPUT]     # writes the site to OUTPUT (default _site)
//
// In your own package, depend on ogcard by URL instead of this path.
import PackageDescription

let package = Package(
    name: "PluginSite",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ogcard", path: "../..")],
    targets: [
        .executableTarget(
            name: "PluginSite",
            dependencies: [.product(name: "OGCard", package: "ogcard")],
            // The site's content: read by the plugin from this folder, and by the generator at
            // run time as a resource.
            resources: [.copy("Content")],
            plugins: [.plugin(name: "OGCardBuildPlugin", package: "ogcard")])
    ]
)
