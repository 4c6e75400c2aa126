import Foundation

/// Jekyll's `Utils.slugify` (4.3) for the modes URLs use, and Ruby's `String#downcase`.
package enum JekyllSlugify {
    /// Which characters survive.
    package enum Mode: Sendable {
        /// Letters, marks and decimal digits of any script (`:slug`, `:name`, `:slugified_categories`).
        case `default`
        /// Those and `._~!$&'()+,;=@` (`:title`).
        case pretty
    }

    /// Replaces every run of other characters by one `-`, drops one leading and one trailing `-`,
    /// and lowercases unless `cased`.
    package static func slugify(_ text: String, mode: Mode = .default, cased: Bool = false) -> String {
        var slug = String.UnicodeScalarView()
        var inRun = false
        for scalar in text.unicodeScalars {
            if keeps(scalar, mode: mode) {
                slug.append(scalar)
                inRun = false
            } else if !inRun {
                slug.append("-")
                inRun = true
            }
        }
        if slug.first == "-" { slug.removeFirst() }
        if slug.last == "-" { slug.removeLast() }
        let result = String(slug)
        return cased ? result : downcase(result)
    }

    /// Ruby's `String#downcase`: the full Unicode lowercase mapping of each scalar, without
    /// context (`İ` → `i̇`, `ΣΑΣ` → `σασ`) or locale.
    package static func downcase(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars { result += scalar.properties.lowercaseMapping }
        return result
    }

    private static let prettyExtras = Set("._~!$&'()+,;=@".unicodeScalars)

    /// Whether `scalar` is in `\p{M}\p{L}\p{Nd}` (plus the pretty extras).
    private static func keeps(_ scalar: Unicode.Scalar, mode: Mode) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return mode == .pretty && prettyExtras.contains(scalar)
        }
    }
}
