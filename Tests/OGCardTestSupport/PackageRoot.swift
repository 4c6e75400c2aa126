public import Foundation

/// The checkout this test run was built from, found from this file's path.
public enum PackageRoot {
    /// The folder holding `Package.swift`.
    public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `path` (relative) inside the checkout.
    public static func appending(_ path: String) -> URL { url.appendingPathComponent(path) }
}
