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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C system libraries. Only the graphics layer of OGCard imports them.
        .systemLibrary(
            name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo-ft",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPango", path: "Sources/CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CFreeType", path: "Sources/CFreeType", pkgConfig: "freetype2",
            providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(
            name: "CFontconfig", path: "Sources/CFontconfig", pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CLibPNG", path: "Sources/CLibPNG", pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]),
        // Pixel kernels in C: our PNG encoder (conversion, filtering, zlib) and the shadow blur.
        .target(name: "CCardKernels", dependencies: ["CZlib"], path: "Sources/CCardKernels"),
        .target(
            name: "OGCard",
            dependencies: [
                "CCairo", "CPango", "CFreeType", "CFontconfig", "CCardKernels",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "ogcard",
            dependencies: [
                "OGCard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        // Decodes PNGs with libpng, independently of our encoder, for the tests.
        .target(
            name: "PNGTestSupport", dependencies: ["CLibPNG"], path: "Tests/PNGTestSupport",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "OGCardRenderingTests", dependencies: ["OGCard", "PNGTestSupport", "CCairo"],
            // Reference images, read from the source tree by path (and re-recorded there).
            exclude: ["Goldens"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "OGCardSiteTests", dependencies: ["OGCard", "PNGTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "OGCardUnitTests", dependencies: ["OGCard"],
            swiftSettings: swiftSettings),
        // Runs the built executables as users do; depends on them so they are built first.
        .testTarget(
            name: "OGCardCommandTests", dependencies: ["OGCard", "ogcard"],
            swiftSettings: swiftSettings),
    ]
)
