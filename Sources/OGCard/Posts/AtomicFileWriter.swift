public import Foundation
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
public enum AtomicFileWriter {
    /// Atomically replaces (or creates) the file at `url` with `data`.
    /// - Throws: `PostError` naming the path and the step that failed.
    /// - Parameter durable: fsync the file and its folder (for posts and other files users own).
    ///   Generated files that the next build checks and can make again (cards, snippets) skip
    ///   it: the rename alone keeps them whole, and two fsyncs per card cost more than the card.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let target = url.resolvingSymlinksInPath().path
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        func failure(_ step: PostError.Step, _ path: String = target) -> PostError {
            PostError(path: path, step: step, reason: String(cString: strerror(errno)))
        }

        // A card or snippet folder may not exist yet; posts' folders always do.
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw PostError(path: directory, step: .createTemporaryFile, reason: "cannot create the folder (\(error.localizedDescription))")
            }
        }
        var template = Array("\(directory.isEmpty ? "." : directory)/.\(name).ogcard-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(.createTemporaryFile) }
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var isOpen = true
        var succeeded = false
        defer {
            if isOpen { close(descriptor) }
            if !succeeded { unlink(temporaryPath) }
        }

        var offset = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(.writeTemporaryFile, temporaryPath)
                }
                offset += written
            }
        }
        guard !durable || fsync(descriptor) == 0 else { throw failure(.syncTemporaryFile, temporaryPath) }

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
        guard fchmod(descriptor, mode) == 0 else { throw failure(.setFileMode, temporaryPath) }
        guard close(descriptor) == 0 else { isOpen = false; throw failure(.writeTemporaryFile, temporaryPath) }
        isOpen = false
        guard rename(temporaryPath, target) == 0 else { throw failure(.replaceOriginal) }
        succeeded = true

        // Make the rename itself durable; failure here cannot undo the write, so it is ignored.
        let directoryDescriptor = durable ? open(directory.isEmpty ? "." : directory, O_RDONLY) : -1
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}

/// `write(2)`, named apart from `AtomicFileWriter.write` so the call is unambiguous on every platform.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
