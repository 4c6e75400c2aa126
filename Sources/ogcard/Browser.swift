import Foundation

/// `ogcard serve --open`: the system's way to open a URL (`xdg-open` on Linux, `open` on macOS).
enum Browser {
    static func open(_ url: URL) {
        let process = Process()
        #if os(macOS)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
            process.arguments = [url.absoluteString]
        #else
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["xdg-open", url.absoluteString]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            printError("ogcard: could not open a browser (\(error.localizedDescription)); open \(url.absoluteString)")
        }
    }
}
