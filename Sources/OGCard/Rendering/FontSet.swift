public import Foundation

/// The font files a renderer may use, and nothing else.
///
/// Order matters only for ties: fontconfig picks per character the best match for the
/// requested family among these files, so emoji, CJK, Arabic and Hebrew fall back to the fonts
/// that have them.
public struct FontSet: Hashable, Sendable {
    /// Font files, by absolute path.
    public var files: [URL]

    /// A set of exactly these files.
    public init(files: [URL]) {
        self.files = files
    }

    /// Bundled Latin, Arabic and Hebrew faces from `Fonts/`.
    public static let bundledFileNames = [
        "OpenSans-Regular.ttf", "OpenSans-Bold.ttf",
        "Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf",
        "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
        "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
    ]

    /// Large fallbacks installed by the set-up step (Debian `fonts-noto-cjk`,
    /// `fonts-noto-color-emoji`), referenced by exact file.
    public static let installedFallbackFiles = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    ]

    /// ogcard's standard set: the bundled faces plus the installed CJK and emoji fallbacks.
    public static func standard(resources: ResourceLocator = .locate()) -> FontSet {
        FontSet(
            files: bundledFileNames.map { resources.fontsDirectory.appendingPathComponent($0) }
                + installedFallbackFiles.map { URL(fileURLWithPath: $0) })
    }
}
