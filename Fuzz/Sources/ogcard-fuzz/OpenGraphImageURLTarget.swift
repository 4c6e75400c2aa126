import Foundation
import OGCard

/// The opengraphimg URL parser and what a card makes of a parsed URL.
///
/// Input: any text, used two ways: as a URL to parse, and as a title and author value that is
/// form-encoded into a URL and must decode back exactly.
///
/// Properties:
/// - `isOpenGraphImageURL` agrees with whether `parse` recognises the URL;
/// - a parsed URL's design has a `canonicalKey` that survives a round trip through its
///   `canonicalItems`, both as decoded pairs and re-encoded into a URL;
/// - the layout the design binds to the style's layout file resolves or fails with a `Diagnostic`;
/// - any text, form-encoded as a parameter value, decodes back to itself (decoded exactly once).
enum OpenGraphImageURLTarget: FuzzTarget {
    static let name = "opengraphimg-url"
    static let summary = "opengraphimg URL parse (recognition, canonical round trip, layout binding, form decoding)"

    static func test(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        checkParse(text)
        checkFormRoundTrip(text)
    }

    static func checkParse(_ text: String) {
        let url: OpenGraphImageURL
        do {
            url = try OpenGraphImageURL.parse(text)
        } catch {
            // Recognition failures name no parameter; a bad value names its parameter in `key`.
            if error.key == nil {
                FuzzCheck.require(!OpenGraphImageURL.isOpenGraphImageURL(text), "recognised, yet parse says it is not an opengraphimg URL")
            }
            return
        }
        FuzzCheck.require(OpenGraphImageURL.isOpenGraphImageURL(text), "parsed, yet not recognised as an opengraphimg URL")
        let design = url.parameters.design
        do {
            let again = try OpenGraphImageParameters.parse(design.canonicalItems).parameters.design
            FuzzCheck.require(again.canonicalKey == design.canonicalKey,
                              "canonical items read back as \(again.canonicalKey), not \(design.canonicalKey)")
            let rebuilt = "https://generator.opengraphimg.com/?"
                + design.canonicalItems.map { "\(formEncode($0.name))=\(formEncode($0.value))" }.joined(separator: "&")
            let reparsed = try OpenGraphImageURL.parse(rebuilt).parameters.design
            FuzzCheck.require(reparsed.canonicalKey == design.canonicalKey,
                              "the canonical URL \(rebuilt) reads back as \(reparsed.canonicalKey), not \(design.canonicalKey)")
        } catch {
            FuzzCheck.require(false, "the canonical items of a parsed URL do not parse: \(error)")
        }
        do {
            _ = try OpenGraphImageLayout(url.parameters.resolved()).resolve()
        } catch {
            // A Diagnostic (the only error resolve() declares) is an answer: the card is refused with a reason.
        }
    }

    static func checkFormRoundTrip(_ value: String) {
        let encoded = formEncode(value)
        let url = "https://generator.opengraphimg.com/?title=\(encoded)&author=\(encoded)&style=modern"
        do {
            let parsed = try OpenGraphImageURL.parse(url)
            let expected = [
                OpenGraphImageQueryItem(name: "title", value: value), OpenGraphImageQueryItem(name: "author", value: value),
                OpenGraphImageQueryItem(name: "style", value: "modern"),
            ]
            FuzzCheck.require(parsed.queryItems == expected, "form-encoded \(value.debugDescription) decodes as \(parsed.queryItems)")
        } catch {
            FuzzCheck.require(false, "a form-encoded value made the URL unreadable: \(error)")
        }
    }

    /// `application/x-www-form-urlencoded`, as Python's `urlencode` writes it: unreserved bytes
    /// as they are, space as `+`, every other byte as `%XX`.
    static func formEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                result += "+"
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadding(to: 2)
            }
        }
        return result
    }
}
