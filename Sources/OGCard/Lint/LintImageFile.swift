import Foundation

/// The file behind an `og:image`, as lint reads it: its size, and the type and dimensions its
/// first bytes declare (nothing is decoded).
struct LintImageFile: Hashable, Sendable {
    /// The path shown in findings (from the site root or the built site's folder).
    var label: String
    /// Size in bytes.
    var bytes: Int
    /// The MIME type its signature says (`image/png`), nil when unknown.
    var type: String?
    /// Width and height in px, when the header says (PNG, GIF, JPEG).
    var width: Int?
    var height: Int?

    /// Reads `file`'s size and header; nil when it is not a readable regular file.
    static func read(_ file: URL, label: String) -> LintImageFile? {
        var status = stat()
        guard stat(file.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let head = (try? RegularFile.read(file, limit: 64 * 1024)).map { [UInt8]($0) } ?? []
        var image = LintImageFile(label: label, bytes: Int(status.st_size))
        image.sniff(head)
        return image
    }

    /// Type and dimensions from the file's first bytes.
    mutating func sniff(_ bytes: [UInt8]) {
        func big(_ offset: Int, _ count: Int) -> Int { bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) } }
        if bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), Array(bytes[12..<16]) == Array("IHDR".utf8)
        {
            type = "image/png"
            width = big(16, 4)
            height = big(20, 4)
        } else if bytes.count >= 10, bytes.starts(with: Array("GIF8".utf8)) {
            type = "image/gif"
            width = Int(bytes[6]) | Int(bytes[7]) << 8
            height = Int(bytes[8]) | Int(bytes[9]) << 8
        } else if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8)
        {
            type = "image/webp"
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            type = "image/jpeg"
            // The first start-of-frame segment declares the size.
            var offset = 2
            while offset + 9 < bytes.count, bytes[offset] == 0xFF {
                let marker = bytes[offset + 1]
                let length = big(offset + 2, 2)
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    height = big(offset + 5, 2)
                    width = big(offset + 7, 2)
                    break
                }
                offset += 2 + length
            }
        } else if let text = String(bytes: bytes.prefix(512), encoding: .utf8), text.contains("<svg") {
            type = "image/svg+xml"
        }
    }
}
