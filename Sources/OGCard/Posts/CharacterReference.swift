/// HTML character references in titles: `&amp;`, `&#8230;`, `&#x4E2D;`, and the named ones
/// that titles use.
enum CharacterReference {
    /// The character(s) of the reference starting at `chars[index]` (an `&`) and the index after
    /// its `;`; nil when it is not one (`Tom & Jerry`, `AT&T;`, `&#0;`), so it stays as written.
    static func decode(_ chars: [Character], at index: Int) -> (String, Int)? {
        var j = index + 1
        var body = ""
        while j < chars.count, chars[j] != ";", body.count <= 32 {
            guard chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" else { return nil }
            body.append(chars[j])
            j += 1
        }
        guard j < chars.count, chars[j] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            // NUL, C0/C1 controls other than whitespace, surrogates and non-characters are refused.
            guard let value, let scalar = Unicode.Scalar(value), value >= 0x20, !(0x7F...0x9F).contains(value),
                !scalar.properties.isNoncharacterCodePoint
            else { return nil }
            return (String(scalar), j + 1)
        }
        guard let text = named[body] else { return nil }
        return (text, j + 1)
    }

    /// The named references titles commonly carry (case-sensitive, as in HTML).
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "middot": "·", "bull": "•", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×",
        "divide": "÷", "plusmn": "±", "para": "¶", "sect": "§", "dagger": "†", "Dagger": "‡", "prime": "′",
        "Prime": "″", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "iexcl": "¡", "iquest": "¿",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "harr": "↔", "rArr": "⇒", "lArr": "⇐", "hArr": "⇔", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "infin": "∞", "hearts": "♥", "star": "☆", "check": "✓", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "agrave": "à", "egrave": "è",
        "ograve": "ò", "ugrave": "ù", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü",
        "szlig": "ß", "ccedil": "ç", "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ", "Eacute": "É", "aring": "å",
        "Aring": "Å", "aelig": "æ", "oslash": "ø", "Oslash": "Ø", "atilde": "ã", "otilde": "õ",
    ]
}
