// swift-tools-version:6.0
import PackageDescription

/// One set of Swift settings for every Swift target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ogcard",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "OGCard", targets: ["OGCard"]),
        .executable(name: "ogcard", targets: ["ogcard"]),
        .plugin(name: "GenerateSocialCards", targets: ["GenerateSocialCards"]),
        .plugin(name: "OGCardBuildPlugin", targets: ["OGCardBuildPlugin"]),
        .executable(name: "ogcard-example-build", targets: ["PublishStyleBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `ogcard serve`'s loopback HTTP server: small and pure Swift (no SwiftNIO), only in OGCardServe.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C system libraries. Only the graphics layer of OGCard imports them (and the inject layer, CGumbo).
        .systemLibrary(
            name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo-ft",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPango", path: "Sources/CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CFontconfig", path: "Sources/CFontconfig", pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CLibPNG", path: "Sources/CLibPNG", pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]),
        // Google's HTML5 parser, for `ogcard inject`: only Sources/OGCard/Inject imports it.
        .systemLibrary(
            name: "CGumbo", path: "Sources/CGumbo", pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]),
        // Pixel kernels in C: our PNG encoder (conversion, filtering, zlib) and the shadow blur.
        .target(name: "CCardKernels", dependencies: ["CZlib"], path: "Sources/CCardKernels"),
        .target(
            name: "OGCard",
            dependencies: [
                "CCairo", "CPango", "CFontconfig", "CCardKernels", "CGumbo",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings),
        // `ogcard bench`: synthetic sites and timing, kept out of the library's public API.
        .target(name: "OGCardBenchmarks", dependencies: ["OGCard"], swiftSettings: swiftSettings),
        // `ogcard serve`: gallery, per-platform mock-ups, live updates and the playground, over
        // FlyingFox. Kept out of OGCard so the library's users never build an HTTP server.
        .target(
            name: "OGCardServe",
            dependencies: ["OGCard", "CCardKernels", .product(name: "FlyingFox", package: "FlyingFox")],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "ogcard",
            dependencies: [
                "OGCard", "OGCardBenchmarks", "OGCardServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        // How a Swift site generator uses the library: public API only.
        .executableTarget(
            name: "PublishStyleBuild", dependencies: ["OGCard"], path: "Examples/PublishStyleBuild",
            swiftSettings: swiftSettings),
        // `swift package generate-social-cards`: runs `ogcard build` on the package's folder.
        .plugin(
            name: "GenerateSocialCards",
            capability: .command(
                intent: .custom(
                    verb: "generate-social-cards",
                    description: "Render social cards and meta tags for the site in this package (ogcard build)"),
                permissions: [
                    .writeToPackageDirectory(
                        reason: """
                            ogcard writes social-card PNGs (assets/og/), meta-tag snippets and their JSON \
                            (_includes/ogcard/, _data/ogcard.json or Hugo's equivalents), rewrites posts' image: \
                            lines to point at the cards, may add the kept design to ogcard.yml, and updates \
                            .ogcard-manifest.json.
                            """)
                ]),
            dependencies: ["ogcard"],
            path: "Plugins/GenerateSocialCards"),
        // The build-tool plugin: `swift build` renders a site target's cards and meta tags into the
        // plugin's work folder, as the target's resources (OGCard's `SocialCards` reads them).
        .executableTarget(name: "OGCardBuildTool", dependencies: ["OGCard"], swiftSettings: swiftSettings),
        .plugin(
            name: "OGCardBuildPlugin", capability: .buildTool(), dependencies: ["OGCardBuildTool"],
            path: "Plugins/OGCardBuildPlugin"),
        // Decodes PNGs with libpng, independently of our encoder (for the tests and the fuzz targets).
        .target(
            name: "PNGTestSupport", dependencies: ["CLibPNG"], path: "Tests/PNGTestSupport",
            swiftSettings: swiftSettings),
        // What the test targets share: running programs, temporary sites (built with the public
        // API), the corpus, reference files, and PNGTestSupport's decoder.
        .target(
            name: "OGCardTestSupport", dependencies: ["OGCard", "PNGTestSupport"], path: "Tests/OGCardTestSupport",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "OGCardRenderingTests",
            dependencies: ["OGCard", "OGCardBenchmarks", "OGCardTestSupport", "CCairo", "ogcard"],
            // Reference images, read from the source tree by path (and re-recorded there).
            exclude: ["Goldens"],
            swiftSettings: swiftSettings),
        // Site builds through the library; fault and limit tests also run the built `ogcard`.
        .testTarget(
            name: "OGCardSiteTests", dependencies: ["OGCard", "OGCardBenchmarks", "OGCardTestSupport", "ogcard"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "OGCardUnitTests", dependencies: ["OGCard", "OGCardTestSupport"],
            swiftSettings: swiftSettings),
        // `ogcard inject` on hand-written pages and on what Debian's hugo and jekyll build.
        .testTarget(
            name: "OGCardInjectTests", dependencies: ["OGCard", "OGCardTestSupport", "ogcard"],
            swiftSettings: swiftSettings),
        // Runs the built executables as users do; depends on them so they are built first.
        .testTarget(
            name: "OGCardCommandTests",
            dependencies: [
                "OGCard", "OGCardBenchmarks", "OGCardTestSupport", "ogcard", "PublishStyleBuild", "OGCardBuildTool",
            ],
            // Expected whole outputs (`--help`), read from the source tree by path (and re-recorded there).
            exclude: ["Expected"],
            swiftSettings: swiftSettings),
        // `ogcard serve` over HTTP (traversal, binding, live updates) and in headless chromium.
        .testTarget(
            name: "OGCardServeTests",
            dependencies: ["OGCard", "OGCardServe", "OGCardTestSupport", "ogcard"],
            swiftSettings: swiftSettings),
    ]
)

// Coverage-guided fuzz targets (docs/reliability.md). They exist only when OGCARD_FUZZ=1, which
// scripts/fuzz sets together with the sanitizer and coverage flags they are built with, so the
// normal build and `swift build --build-tests` never see them.
if Context.environment["OGCARD_FUZZ"] == "1" {
    package.targets += [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which ogcard-fuzz calls from its own main.
        .target(name: "CFuzzerDriver", path: "Fuzz/Sources/CFuzzerDriver"),
        .executableTarget(
            name: "ogcard-fuzz",
            dependencies: ["OGCard", "CCardKernels", "CFuzzerDriver", "PNGTestSupport"],
            path: "Fuzz/Sources/ogcard-fuzz",
            swiftSettings: swiftSettings),
    ]
}
