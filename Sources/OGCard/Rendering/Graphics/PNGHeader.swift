import Foundation

/// The size a PNG file declares in its IHDR chunk, read from its first 24 bytes without decoding
/// anything: a 48 KB file may declare 20 000 × 20 000 pixels, which Cairo would decode into 1.6 GB.
struct PNGHeader: Equatable {
    /// Width in pixels, as declared.
    let width: Int
    /// Height in pixels, as declared.
    let height: Int

    /// Why a file is not a usable PNG.
    enum Problem: Error, Equatable {
        /// Not a regular file, missing or unreadable (the reason says which).
        case unreadable(String)
        /// No PNG signature or IHDR chunk.
        case notPNG
    }

    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Reads the header of the regular file at `path` (a FIFO or device is refused, never opened blocking).
    static func read(_ path: String) throws(Problem) -> PNGHeader {
        let head: Data
        do {
            head = try RegularFile.read(path, limit: 24)
        } catch {
            throw .unreadable(error.reason)
        }
        let bytes = [UInt8](head)
        // Signature, then the first chunk: length 13, type IHDR, width and height big-endian.
        guard bytes.count == 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw .notPNG
        }
        func number(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return PNGHeader(width: number(16), height: number(20))
    }

    /// Whether both sides are at most `side` pixels.
    func fits(within side: Int) -> Bool {
        width <= side && height <= side
    }

    /// "20000×20000 px".
    var size: String { "\(width)×\(height) px" }
}
