import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Block-by-block reading of large generated files (the meta JSON index), so that a file of
/// 100 000 posts is never all in memory.
enum FileBlocks {
    /// Reads until `buffer` is full or the file ends; returns the byte count, or -1 on an error.
    static func readFully(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
        var total = 0
        let capacity = buffer.count
        while total < capacity {
            let count = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress! + total, capacity - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if count == 0 { break }
            total += count
        }
        return total
    }

    /// `length` bytes at `offset`, or nil when they cannot all be read.
    static func bytes(_ descriptor: Int32, offset: Int64, length: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: length)
        var total = 0
        while total < length {
            let count = bytes.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + total, length - total, off_t(offset) + off_t(total))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            total += count
        }
        return bytes
    }

    /// Calls `body` with each line of the file (without its line break) and the line's offset.
    /// Returns false when the file could not be read to its end.
    @discardableResult
    static func forEachLine(_ descriptor: Int32, _ body: (Int64, ArraySlice<UInt8>) -> Void) -> Bool {
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var pending: [UInt8] = []
        var pendingOffset: Int64 = 0
        var offset: Int64 = 0
        while true {
            let count = readFully(descriptor, into: &block)
            guard count >= 0 else { return false }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where block[index] == UInt8(ascii: "\n") {
                if pending.isEmpty {
                    body(offset + Int64(start), block[start..<index])
                } else {
                    pending += block[start..<index]
                    body(pendingOffset, pending[...])
                    pending.removeAll(keepingCapacity: true)
                }
                start = index + 1
            }
            if start < count {
                if pending.isEmpty { pendingOffset = offset + Int64(start) }
                pending += block[start..<count]
            }
            offset += Int64(count)
        }
        if !pending.isEmpty { body(pendingOffset, pending[...]) }
        return true
    }
}

/// `read(2)`, named apart from `FileBlocks`' own functions.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
