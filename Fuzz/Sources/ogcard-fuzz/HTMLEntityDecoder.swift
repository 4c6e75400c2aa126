/// Decodes character references in an HTML attribute value, written apart from ogcard's escaper
/// so the fuzz target checks it against a second opinion: `&name;` for the named references
/// an escaper may use, `&#123;` and `&#x7B;`. It works on Unicode scalars, as HTML does, not on
/// Swift's grapheme clusters (a combining mark after `;` must not hide the `;`). Anything else is
/// returned as nil: an escaper that writes a bare `&` or an unknown reference has produced text
/// a browser may read differently.
enum HTMLEntityDecoder {
    /// The named references an attribute escaper may reasonably produce.
    static let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// The text `value` stands for, or nil when it holds a bare `&` or a reference not understood.
    static func decode(_ value: String) -> String? {
        var result = String.UnicodeScalarView()
        var rest = value.unicodeScalars[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result.append(contentsOf: rest[..<ampersand])
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].firstIndex(of: ";"),
                  let scalar = scalar(for: String(String.UnicodeScalarView(rest[afterAmpersand..<semicolon])))
            else { return nil }
            result.append(scalar)
            rest = rest[rest.index(after: semicolon)...]
        }
        result.append(contentsOf: rest)
        return String(result)
    }

    /// The scalar a reference (between `&` and `;`) names.
    private static func scalar(for reference: String) -> Unicode.Scalar? {
        if let scalar = named[reference] { return scalar }
        guard reference.hasPrefix("#") else { return nil }
        let digits = reference.dropFirst()
        let code: UInt32?
        if digits.first == "x" || digits.first == "X" {
            code = digits.count > 1 ? UInt32(digits.dropFirst(), radix: 16) : nil
        } else {
            code = digits.isEmpty ? nil : UInt32(digits, radix: 10)
        }
        return code.flatMap(Unicode.Scalar.init)
    }
}
