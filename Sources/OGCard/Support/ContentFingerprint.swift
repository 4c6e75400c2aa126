import Foundation

/// Hashes used for change detection.
package enum ContentFingerprint {
    /// FNV-1a 64-bit of `bytes`, as 16 hex digits: fast enough to read every post on a no-op
    /// build; it only detects edits, it does not guard against tampering.
    static func fnv1a(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            for byte in raw {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    /// SHA-256 of `text` as hex.
    package static func sha256(_ text: String) -> String {
        SHA256Digest.hex(Array(text.utf8))
    }

    /// The digest of one card's inputs.
    package static func card(content: CardContent, layoutDigest: String, settings: String) -> String {
        sha256("\(OGCardVersion.string)\n\(settings)\n\(layoutDigest)\n\(canonical(content))")
    }

    /// `content` as text with its dictionary sorted (Swift randomises dictionary order per process).
    static func canonical(_ content: CardContent) -> String {
        let extras = content.extraFields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // Spans only when the title has some, so plain titles keep the fingerprints they had.
        let spans: [String] = content.titleSpans.map { "\($0.start)-\($0.end):\($0.style.rawValue)" }
        let styled: [String] = spans.isEmpty ? [] : [spans.joined(separator: ",")]
        let fields: [String] = [
            content.title, content.author, content.tags.joined(separator: "\u{1F}"), content.description,
            content.siteName, content.date, extras.joined(separator: "\u{1F}"), content.language ?? "",
            content.publicationDate.map { "\($0.timeIntervalSince1970)" } ?? "",
            content.publicationUTCOffset.map(String.init) ?? "",
        ]
        return (fields + styled).joined(separator: "\u{1E}")
    }
}
