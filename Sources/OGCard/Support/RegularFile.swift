import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens and reads files only when they are regular files (symbolic links followed).
///
/// `open(2)` on a FIFO blocks until a writer comes, and reading a character device may never end,
/// so a post, logo, layout, font or config path naming one would hang a build forever. Opening with
/// `O_NONBLOCK` returns at once whatever the file is; `fstat` on the descriptor (not the path, so
/// nothing can be swapped in between) then refuses anything but a regular file.
enum RegularFile {
    /// Why a file could not be read: the path and a reason a user can act on.
    struct Failure: Error, CustomStringConvertible {
        /// The path as given.
        let path: String
        /// What is wrong, e.g. `is a FIFO (named pipe), not a regular file`.
        let reason: String
        /// Whether the file does not exist at all (callers often treat that as "nothing yet").
        let isMissing: Bool

        /// `path: reason`.
        var description: String { "\(path): \(reason)" }
    }

    /// A read-only descriptor for the regular file at `path`; the caller closes it.
    static func open(_ path: String) throws(Failure) -> Int32 {
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw Failure(
                path: path, reason: String(cString: strerror(code)), isMissing: code == ENOENT || code == ENOTDIR)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Failure(path: path, reason: reason, isMissing: false)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw Failure(path: path, reason: "is \(kind(info.st_mode)), not a regular file", isMissing: false)
        }
        return descriptor
    }

    /// The whole file at `url`, or at most `limit` bytes of it when given.
    static func read(_ url: URL, limit: Int? = nil) throws(Failure) -> Data {
        try read(url.path, limit: limit)
    }

    /// The whole file at `path`, or at most `limit` bytes of it when given.
    static func read(_ path: String, limit: Int? = nil) throws(Failure) -> Data {
        var info = stat()
        return try read(path, limit: limit, info: &info)
    }

    /// The whole file at `path` (at most `limit` bytes), and in `info` its `fstat` taken before
    /// the first byte was read: a change while reading leaves `info` older than the file.
    static func read(_ path: String, limit: Int? = nil, info: inout stat) throws(Failure) -> Data {
        let descriptor = try open(path)
        defer { close(descriptor) }
        _ = fstat(descriptor, &info)
        let wanted = limit ?? Int.max
        var data = Data()
        data.reserveCapacity(min(wanted, max(0, Int(info.st_size))))
        // Sized to the file (most posts are a few KB): a 64 KB buffer zeroed for every post was a
        // measurable part of a rebuild of 100 000 posts. A file that grows is still read whole.
        var buffer = [UInt8](repeating: 0, count: min(65_536, max(4_096, min(wanted, Int(info.st_size) + 1))))
        while data.count < wanted {
            let count = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress, min(raw.count, wanted - data.count))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)), isMissing: false)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    /// A UTF-8 text file (invalid bytes repaired with U+FFFD, as `String(decoding:)` does).
    static func text(_ url: URL) throws(Failure) -> String {
        String(decoding: try read(url), as: UTF8.self)
    }

    /// Whether `path` names a regular file (symbolic links followed), without opening it.
    static func isRegular(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// "a FIFO (named pipe)", "a folder" … for messages.
    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a folder"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }
}

/// `open(2)`, named apart from `RegularFile.open` so the call is unambiguous.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// `read(2)`, named apart from `RegularFile.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
