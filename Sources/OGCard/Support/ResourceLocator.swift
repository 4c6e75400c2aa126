public import Foundation

/// Finds ogcard's `Fonts/` and `Assets/` folders.
///
/// In order: the folder named by the `OGCARD_RESOURCES` environment variable; `share/ogcard`
/// beside the running executable's `bin/` (what `make install` lays out); the source checkout
/// this library was built from (development and tests).
public struct ResourceLocator: Hashable, Sendable {
    /// The folder holding `Fonts/` and `Assets/`.
    public var root: URL

    /// Uses `root` as the resource folder.
    public init(root: URL) {
        self.root = root
    }

    /// The bundled fonts.
    public var fontsDirectory: URL { root.appendingPathComponent("Fonts", isDirectory: true) }
    /// The bundled layouts and images.
    public var assetsDirectory: URL { root.appendingPathComponent("Assets", isDirectory: true) }

    /// The first resource folder that exists, in the order described on the type.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> ResourceLocator {
        var candidates: [URL] = []
        if let explicit = environment["OGCARD_RESOURCES"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit, isDirectory: true))
        }
        let executable = runningExecutable()
        candidates.append(
            executable.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/ogcard", isDirectory: true))
        // Sources/OGCard/Support/ResourceLocator.swift → the package root.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout)
        for candidate in candidates {
            let fonts = candidate.appendingPathComponent("Fonts/OpenSans-Regular.ttf")
            if FileManager.default.fileExists(atPath: fonts.path) {
                return ResourceLocator(root: candidate)
            }
        }
        return ResourceLocator(root: candidates.last ?? checkout)
    }

    /// The running executable's real path. `argv[0]` is only a name when the program was found
    /// on `PATH` (`ogcard …` after `make install`), so Linux's `/proc/self/exe` comes first.
    private static func runningExecutable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    }
}
