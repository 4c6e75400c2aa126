import CFontconfig
import Foundation

/// A private fontconfig configuration that knows only the given font files.
///
/// Cards must not depend on what fonts a machine has installed, so the renderer never uses the
/// system configuration. One configuration is shared by every worker: fontconfig objects are
/// reference counted and this one is never changed after `init`.
final class FontConfiguration: @unchecked Sendable {
    let pointer: OpaquePointer
    /// Every family name of every face in the set (a face may have several, e.g. `Inter` and
    /// `Inter Display`), so layouts can be checked before anything is drawn.
    private(set) var familyNames: Set<String> = []

    /// Fontconfig's own bitmap-scaling rule (conf.avail/10-scale-bitmap-fonts.conf). Without it
    /// an empty configuration draws Noto Color Emoji at its native 109 px strike whatever the
    /// text size.
    private static let bitmapScalingRules = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <alias binding="strong"><family>emoji</family><prefer><family>Noto Color Emoji</family></prefer></alias>
          <match target="font">
            <test name="outline" compare="eq"><bool>false</bool></test>
            <edit name="pixelsizefixupfactor" mode="assign">
              <divide><name target="pattern">pixelsize</name><name target="font">pixelsize</name></divide>
            </edit>
          </match>
          <match target="font">
            <test name="outline" compare="eq"><bool>false</bool></test>
            <test name="pixelsizefixupfactor" compare="not_eq"><double>1.0</double></test>
            <edit name="matrix" mode="assign">
              <times><name>matrix</name>
                <matrix><name>pixelsizefixupfactor</name><double>0</double>
                        <double>0</double><name>pixelsizefixupfactor</name></matrix>
              </times>
            </edit>
            <edit name="size" mode="assign"><divide><name>size</name><name>pixelsizefixupfactor</name></divide></edit>
          </match>
        </fontconfig>
        """

    /// Builds a configuration holding exactly `files`, in order.
    init(fontFiles files: [URL]) throws(Diagnostic) {
        guard let config = FcConfigCreate() else {
            throw Diagnostic(step: .loadFonts, reason: "fontconfig could not create a configuration")
        }
        pointer = config
        for file in files {
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw Diagnostic(file: file.path, step: .loadFonts, reason: "font file is missing or unreadable")
            }
            // fontconfig would open a FIFO or device and block for ever.
            guard RegularFile.isRegular(file.path) else {
                throw Diagnostic(file: file.path, step: .loadFonts, reason: "font file is not a regular file")
            }
            let added = file.path.withCString { path in
                path.withMemoryRebound(to: FcChar8.self, capacity: strlen(path) + 1) {
                    FcConfigAppFontAddFile(config, $0)
                }
            }
            guard added == FcTrue else {
                throw Diagnostic(file: file.path, step: .loadFonts, reason: "fontconfig cannot read this font file")
            }
        }
        let parsed = Self.bitmapScalingRules.withCString { rules in
            rules.withMemoryRebound(to: FcChar8.self, capacity: strlen(rules) + 1) {
                FcConfigParseAndLoadFromMemory(config, $0, FcTrue)
            }
        }
        guard parsed == FcTrue else {
            throw Diagnostic(step: .loadFonts, reason: "fontconfig rejected the bitmap-scaling rules")
        }
        familyNames = Self.families(in: config)
    }

    deinit {
        FcConfigDestroy(pointer)
    }

    private static func families(in config: OpaquePointer) -> Set<String> {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var names: Set<String> = []
        for index in 0..<Int(set.pointee.nfont) {
            guard let pattern = set.pointee.fonts[index] else { continue }
            var number: Int32 = 0
            var value: UnsafeMutablePointer<FcChar8>?
            while FcPatternGetString(pattern, "family", number, &value) == FcResultMatch, let value {
                names.insert(String(cString: value))
                number += 1
            }
        }
        return names
    }
}
