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

    /// Fontconfig's synthetic-style rules (conf.avail/90-synthetic.conf): a slanted face when
    /// italic is asked of a family without one (none of the bundled faces has italics, and a
    /// title's `<em>` must look different), and emboldening when bold is asked of a face
    /// without a bold weight.
    private static let syntheticStyleRules = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <match target="font">
            <test name="slant"><const>roman</const></test>
            <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
            <edit name="matrix" mode="assign">
              <times><name>matrix</name><matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times>
            </edit>
            <edit name="slant" mode="assign"><const>oblique</const></edit>
            <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
          </match>
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign"><const>bold</const></edit>
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
        let parsed = [Self.bitmapScalingRules, Self.syntheticStyleRules].allSatisfy { text in
            text.withCString { rules in
                rules.withMemoryRebound(to: FcChar8.self, capacity: strlen(rules) + 1) {
                    FcConfigParseAndLoadFromMemory(config, $0, FcTrue)
                }
            } == FcTrue
        }
        guard parsed else {
            throw Diagnostic(
                step: .loadFonts, reason: "fontconfig rejected the bitmap-scaling or synthetic-style rules")
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
