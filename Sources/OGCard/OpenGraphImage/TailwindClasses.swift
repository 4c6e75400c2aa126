/// The typed meaning of a Tailwind 1.x class string as the opengraphimg service used them
/// (`titleSize`, `titleMargin`, `logoSize`, …): font size, alignment, margins, width and height.
///
/// Only the utilities those parameters can sensibly carry are understood; anything else is kept
/// in `unknownClasses` so the caller can warn instead of failing, as the browser would have ignored it too.
public struct TailwindClasses: Hashable, Sendable, CustomStringConvertible {
    /// The class string with runs of whitespace collapsed, so equal designs compare equal.
    public var source: String
    /// Font size in px from `text-xs` … `text-6xl`, if set.
    public var fontSize: Int?
    /// Text alignment from `text-left` etc., if set.
    public var textAlignment: TailwindTextAlignment?
    /// Margins from `m-*`, `mx-*`, `my-*`, `mt-*`, `mr-*`, `mb-*`, `ml-*` (and their `-` negatives).
    public var margins: TailwindMargins
    /// Width in px from `w-N`, if set.
    public var width: Int?
    /// Height in px from `h-N`, if set.
    public var height: Int?
    /// Classes that were not understood, in order.
    public var unknownClasses: [String]

    /// Tailwind 1 font sizes in px (1rem = 16 px).
    public static let fontSizes: [String: Int] = [
        "xs": 12, "sm": 14, "base": 16, "lg": 18, "xl": 20,
        "2xl": 24, "3xl": 30, "4xl": 36, "5xl": 48, "6xl": 64,
    ]

    /// Tailwind 1's default spacing scale in px, shared by margin, width and height.
    public static let spacingScale: [String: Int] = [
        "0": 0, "px": 1, "1": 4, "2": 8, "3": 12, "4": 16, "5": 20, "6": 24, "8": 32, "10": 40,
        "12": 48, "16": 64, "20": 80, "24": 96, "32": 128, "40": 160, "48": 192, "56": 224, "64": 256,
    ]

    /// Parses a whitespace-separated class string. Later classes override earlier ones per property
    /// and per side, which matches how Tailwind's generated CSS resolves (`m-0 mt-4` → top 16, others 0).
    public init(_ string: String) {
        let tokens = string.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        source = tokens.joined(separator: " ")
        margins = TailwindMargins()
        unknownClasses = []
        for token in tokens where !apply(token) {
            unknownClasses.append(token)
        }
    }

    /// Line height in px: Tailwind 1 font-size classes leave the root line-height 1.5 in force.
    public var lineHeight: Double? { fontSize.map { Double($0) * 1.5 } }

    /// One warning sentence per unknown class, naming it.
    public var warnings: [String] {
        unknownClasses.map { "unknown Tailwind class '\($0)' ignored" }
    }

    /// The normalised class string.
    public var description: String { source }

    /// Applies one class; false when it is not understood.
    private mutating func apply(_ token: String) -> Bool {
        if token.hasPrefix("text-") {
            let rest = String(token.dropFirst(5))
            if let size = Self.fontSizes[rest] {
                fontSize = size
                return true
            }
            if let alignment = TailwindTextAlignment(rawValue: rest) {
                textAlignment = alignment
                return true
            }
            return false
        }
        let negative = token.hasPrefix("-")
        let body = negative ? token.dropFirst() : Substring(token)
        guard let dash = body.firstIndex(of: "-") else { return false }
        let prefix = body[..<dash]
        guard let magnitude = Self.spacingScale[String(body[body.index(after: dash)...])] else {
            return false
        }
        let value = negative ? -magnitude : magnitude
        switch prefix {
        case "m": margins = TailwindMargins(top: value, right: value, bottom: value, left: value)
        case "mx": margins.left = value; margins.right = value
        case "my": margins.top = value; margins.bottom = value
        case "mt": margins.top = value
        case "mr": margins.right = value
        case "mb": margins.bottom = value
        case "ml": margins.left = value
        // Tailwind 1 has no negative widths or heights.
        case "w" where !negative: width = value
        case "h" where !negative: height = value
        default: return false
        }
        return true
    }
}
