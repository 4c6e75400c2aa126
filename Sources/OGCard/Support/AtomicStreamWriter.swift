import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a large generated file piece by piece, atomically: the pieces go to a temporary file
/// beside the target (named like `AtomicFileWriter`'s, so an interrupted build's leftover is
/// swept), which replaces the target only when `commit()` is called and the bytes differ from
/// the target's. Never durable (no fsync): it is for files the next build can make again (the
/// meta JSON index), whose whole text would cost as much memory as the rest of a large build.
///
/// A writer that is never committed removes its temporary file when it goes away.
final class AtomicStreamWriter {
    /// The file to replace.
    let target: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false

    /// Starts writing a new version of `url` (its folder is created if needed).
    init(replacing url: URL) throws(Diagnostic) {
        target = url.resolvingSymlinksInPath().path
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(
                    file: directory, step: .writeFile,
                    reason: "cannot create the folder (\(error.localizedDescription))")
            }
        }
        var template = Array("\(directory.isEmpty ? "." : directory)/.\(name).ogcard-XXXXXX".utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw Self.failure(target, "create temporary file") }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporaryPath) }
    }

    private static let bufferSize = 1 << 16

    private static func failure(_ path: String, _ what: String) -> Diagnostic {
        Diagnostic(file: path, step: .writeFile, reason: "cannot \(what): \(String(cString: strerror(errno)))")
    }

    /// Appends `text`.
    func write(_ text: String) throws(Diagnostic) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends `bytes`.
    func write(_ bytes: some Collection<UInt8>) throws(Diagnostic) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws(Diagnostic) {
        var offset = 0
        let failed = buffer.withUnsafeBytes { raw -> Bool in
            while offset < raw.count, let base = raw.baseAddress {
                let written = rawWrite(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return false
        }
        if failed { throw Self.failure(target, "write temporary file") }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Puts the new version in place, unless it is byte for byte the file already there.
    /// Returns whether the target was replaced.
    @discardableResult
    func commit() throws(Diagnostic) -> Bool {
        try flush()
        var status = stat()
        let exists = stat(target, &status) == 0
        let mode: mode_t
        if exists {
            mode = status.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        guard fchmod(descriptor, mode) == 0 else { throw Self.failure(target, "set file mode") }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw Self.failure(target, "write temporary file") }
        if exists, Self.sameBytes(temporaryPath, target) { return false }
        guard rename(temporaryPath, target) == 0 else { throw Self.failure(target, "replace original file") }
        committed = true
        return true
    }

    /// Whether two files hold the same bytes, read a block at a time.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let first = open(a, O_RDONLY | O_CLOEXEC)
        let second = open(b, O_RDONLY | O_CLOEXEC)
        defer {
            if first >= 0 { close(first) }
            if second >= 0 { close(second) }
        }
        guard first >= 0, second >= 0 else { return false }
        var left = [UInt8](repeating: 0, count: bufferSize)
        var right = [UInt8](repeating: 0, count: bufferSize)
        while true {
            let count = FileBlocks.readFully(first, into: &left)
            guard count >= 0, count == FileBlocks.readFully(second, into: &right) else { return false }
            if count == 0 { return true }
            if left[0..<count] != right[0..<count] { return false }
        }
    }
}

/// `write(2)`, named apart from `AtomicStreamWriter.write`.
private func rawWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
