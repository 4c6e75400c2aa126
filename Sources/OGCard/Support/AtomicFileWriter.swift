package import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so readers see either the old or the new contents, never a mix.
///
/// Writes a temporary file in the same directory (rename is only atomic within one file
/// system), fsyncs it, gives it the original file's permission bits, then renames it over
/// the original and fsyncs the directory. On any failure the temporary file is removed
/// and the original is untouched. Symbolic links are followed, so the link stays a link
/// and its target gets the new contents. Ownership is not changed (the writer usually
/// owns the file; changing owners would need privileges).
package enum AtomicFileWriter {
    /// Whether `name` is one of this writer's temporary files: `.<name>.ogcard-XXXXXX`, the
    /// XXXXXX being mkstemp's six letters and digits. Builds sweep them after an interruption.
    package static func isTemporaryName(_ name: String) -> Bool {
        let suffix = name.suffix(14)
        return name.count > 15 && name.hasPrefix(".") && suffix.hasPrefix(".ogcard-")
            && suffix.dropFirst(8).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Atomically replaces (or creates) the file at `url` with `data`.
    /// - Throws: `Diagnostic` naming the path and the step that failed.
    /// - Parameter durable: fsync the file and its folder (for posts and other files users own).
    ///   Generated files that the next build checks and can make again (cards, snippets) skip
    ///   it: the rename alone keeps them whole, and two fsyncs per card cost more than the card.
    /// - Parameter expected: the bytes the caller read and changed (a post): right before the
    ///   rename the file must still be exactly these bytes, and the same file, or nothing is
    ///   replaced and the error's step is `.verifyUnchanged`. An edit that lands between that
    ///   check and the rename is found in the replaced file afterwards and put back.
    package static func write(_ data: Data, to url: URL, durable: Bool = true, replacing expected: Data? = nil)
        throws(Diagnostic)
    {
        let target = url.resolvingSymlinksInPath().path
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        // Names the file being replaced (not the temporary file) and what could not be done.
        func failure(_ what: String) -> Diagnostic {
            Diagnostic(file: target, step: .writeFile, reason: "cannot \(what): \(String(cString: strerror(errno)))")
        }

        // A card or snippet folder may not exist yet; posts' folders always do.
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(
                    file: directory, step: .writeFile,
                    reason: "cannot create the folder (\(error.localizedDescription))")
            }
        }
        // Hold the original open: after the rename it is the only way to see what it became.
        let original = expected == nil ? -1 : open(target, O_RDONLY | O_CLOEXEC)
        if expected != nil, original < 0 { throw failure("open the original") }
        defer { if original >= 0 { close(original) } }
        let changed = Diagnostic(
            file: target, step: .checkUnchanged,
            reason: "it changed on disk while ogcard was working; it was left as it is, and the next build updates it")

        var template = Array("\(directory.isEmpty ? "." : directory)/.\(name).ogcard-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure("create temporary file") }
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var isOpen = true
        var succeeded = false
        defer {
            if isOpen { close(descriptor) }
            if !succeeded { unlink(temporaryPath) }
        }

        var offset = 0
        let writeFailed = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return false
        }
        if writeFailed { throw failure("write temporary file") }
        guard !durable || fsync(descriptor) == 0 else { throw failure("sync temporary file") }

        // mkstemp creates 0600; keep the original's bits, or the usual umask-based default for new files.
        var status = stat()
        let mode: mode_t
        if stat(target, &status) == 0 {
            mode = status.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        guard fchmod(descriptor, mode) == 0 else { throw failure("set file mode") }
        guard close(descriptor) == 0 else { isOpen = false; throw failure("write temporary file") }
        isOpen = false
        if let expected, !isSameFile(original, path: target) || contents(of: original) != expected { throw changed }
        guard rename(temporaryPath, target) == 0 else { throw failure("replace original file") }
        succeeded = true
        if let expected, let latest = contents(of: original), latest != expected {
            // Someone wrote to the post in the instant between the check and the rename: put
            // their version back rather than lose it.
            try write(latest, to: URL(fileURLWithPath: target), durable: true)
            throw changed
        }

        // Make the rename itself durable; failure here cannot undo the write, so it is ignored.
        let directoryDescriptor = durable ? open(directory.isEmpty ? "." : directory, O_RDONLY) : -1
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}

/// Whether the open `descriptor` and `path` are one file (same device and inode).
private func isSameFile(_ descriptor: Int32, path: String) -> Bool {
    var open = stat()
    var named = stat()
    return fstat(descriptor, &open) == 0 && stat(path, &named) == 0
        && open.st_dev == named.st_dev && open.st_ino == named.st_ino
}

/// The whole contents of an open file, read from its start; nil when reading fails.
private func contents(of descriptor: Int32) -> Data? {
    var result = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var offset: off_t = 0
    while true {
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
        if count < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if count == 0 { return result }
        result.append(contentsOf: buffer[..<count])
        offset += off_t(count)
    }
}

/// `write(2)`, named apart from `AtomicFileWriter.write` so the call is unambiguous on every platform.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
