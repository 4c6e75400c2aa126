import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The post stat cache (`.ogcard-cache/posts`): a post whose `stat` is the one recorded is not
/// read, any other is, and a cache that is missing, malformed or racy is never trusted.
@Suite struct PostStatCacheTests {
    private static let pycon = "_posts/2017-06-02-pycon-us-2017.md"
    private static let cjk = "_posts/2024-06-08-cjk-title.md"

    /// One scan of the built site, as the next build would start it, with `cache` and every
    /// record trusted (a cutoff in the far future: the files were written a moment ago).
    private func scan(_ site: TemporarySite, cache: PostStatCache) throws -> PostScan.Result {
        let config = try site.config()
        let build = SiteBuild(config: config)
        let manifest = try BuildManifest.load(from: SiteBuild.manifestFile(root: config.root))
        let digests = FileDigests(known: manifest.files)
        return PostScan(
            files: try build.findPosts(), root: config.root, manifest: manifest,
            settings: build.settingsDigest(config, files: digests, depending: Array(manifest.files.keys)),
            regenerate: false, limits: config.limits, fields: config.fields, statCache: cache, statCutoff: .max
        ).run(jobs: 2)
    }

    private func fileStat(_ url: URL) -> stat {
        var info = stat()
        _ = stat(url.path, &info)
        return info
    }

    @Test func aSameSizeEditWithItsModificationTimeRestoredIsStillRead() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        let first = try scan(site, cache: PostStatCache())
        #expect(first.unchanged.count == 7 && first.parsed.isEmpty)
        #expect(first.statCache.records.count == 7 && first.statCacheChanged)
        let again = try scan(site, cache: first.statCache)
        #expect(again.unchanged.count == 7 && !again.statCacheChanged, "the same files: nothing to write")
        // Records taken too close to their build are read again, and trusted (one write) once they are not.
        var racy = first.statCache
        for path in racy.records.keys { racy.records[path]?.racy = true }
        let upgraded = try scan(site, cache: racy)
        #expect(upgraded.unchanged.count == 7 && upgraded.statCacheChanged)
        #expect(upgraded.statCache.records == first.statCache.records)

        // The same number of bytes, the modification time set back to the recorded one: only
        // the change time (which `touch` cannot restore) differs.
        let file = site.url(Self.pycon)
        let before = fileStat(file)
        let text = try site.read(Self.pycon)
        let edited = text.replacingOccurrences(of: "title: PyCon US 2017", with: "title: PyCon UK 2017")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        try Data(edited.utf8).write(to: file)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        let after = fileStat(file)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec)
        #expect(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_ino == before.st_ino)

        let third = try scan(site, cache: first.statCache)
        #expect(third.parsed.map(\.relativePath) == [Self.pycon])
        #expect(third.parsed.first?.post.title == "PyCon UK 2017")
        #expect(third.unchanged.count == 6 && third.statCacheChanged)
    }

    @Test func aMatchingRecordIsTrustedWithoutReadingAndARacyOneIsNot() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let cache = try scan(site, cache: PostStatCache()).statCache
        // Edit the post, then forge a record saying its new stat has the old bytes: a scan that
        // trusts the record must not notice the edit, which proves it did not read the file.
        let file = site.url(Self.cjk)
        try Data((try site.read(Self.cjk) + "\nMore.\n").utf8).write(to: file)
        var forged = cache
        let old = try #require(cache.records[Self.cjk])
        forged.records[Self.cjk] = PostStatCache.Record(fileStat(file), fingerprint: old.fingerprint, cutoff: .max)
        #expect(try scan(site, cache: forged).unchanged.contains(Self.cjk))

        // The same forged record marked racy (its times too close to the build) is not trusted.
        forged.records[Self.cjk]?.racy = true
        let racy = try scan(site, cache: forged)
        #expect(racy.parsed.map(\.relativePath) == [Self.cjk])
        #expect(racy.statCache.records[Self.cjk]?.fingerprint != old.fingerprint)
    }

    @Test func aMalformedCacheIsNotTrustedAtAll() throws {
        var cache = PostStatCache()
        cache.records["_posts/a b.md"] = PostStatCache.Record(
            size: 12, modified: 1_700_000_000_123_456_789, changed: 1_700_000_001_000_000_000, inode: 42,
            fingerprint: 0xcbf2_9ce4_8422_2325, racy: false)
        cache.records["_posts/c.md"] = PostStatCache.Record(
            size: 0, modified: 0, changed: 0, inode: 7, fingerprint: 1, racy: true)
        let bytes = cache.encoded()
        #expect(PostStatCache.parse(bytes)?.records == cache.records)
        // Cut off mid-line (an interrupted writer), another header, an extra field, a bad number.
        #expect(PostStatCache.parse(bytes.dropLast(3)) == nil)
        #expect(
            PostStatCache.parse(
                Data(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "cache 1", with: "cache 2").utf8))
                == nil)
        #expect(PostStatCache.parse(Data("ogcard post stat cache 1\n1 2 3 4 5 0\n".utf8)) == nil)
        #expect(PostStatCache.parse(Data("ogcard post stat cache 1\n1 2 x 4 5 0 a.md\n".utf8)) == nil)
        #expect(PostStatCache.parse(Data()) == nil)
    }

    @Test func theBuildWritesASelfIgnoringCacheAndANoOpWritesNothing() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        // Git ignores every file of the folder, this `.gitignore` included, in any repository.
        let ignore = try site.read(".ogcard-cache/.gitignore")
        #expect(ignore.split(separator: "\n").contains("*"))
        let cache = try #require(PostStatCache.parse(try site.bytes(".ogcard-cache/posts")))
        #expect(Set(cache.records.keys).count == 7)
        // The post the build rewrote is recorded as rewritten, so the next build need not read it.
        let manifest = try BuildManifest.load(from: site.url(".ogcard-manifest.json"))
        let rewritten = try #require(manifest.posts[Self.pycon])
        #expect(cache.records[Self.pycon]?.fingerprint == UInt64(rewritten.source, radix: 16))

        let snapshot = try site.snapshot()
        let second = try site.build()
        #expect(second.skipped == 7 && second.rendered == 0)
        #expect(try site.snapshot() == snapshot)
        // What the builds left is a cache the next scan can use for every post, rewritten or not
        // (whether a no-op rewrites it is `aSameSizeEdit…`'s `statCacheChanged`).
        let cacheBytes = try site.bytes(".ogcard-cache/posts")
        let scanned = try scan(site, cache: try #require(PostStatCache.parse(cacheBytes)))
        #expect(scanned.unchanged.count == 7)
    }

    @Test func aCorruptOrMissingCacheFallsBackToReadingEveryPost() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        try Data("ogcard post stat cache 1\n3 4 5\n".utf8).write(to: site.url(".ogcard-cache/posts"))
        let text = try site.read(Self.cjk)
        _ = try site.write(Self.cjk, text.replacingOccurrences(of: "について", with: "の話"))
        let summary = try site.build()
        #expect(summary.rendered == 1 && summary.skipped == 6 && summary.failures.isEmpty)
        #expect(PostStatCache.parse(try site.bytes(".ogcard-cache/posts"))?.records.count == 7)

        try FileManager.default.removeItem(at: site.url(".ogcard-cache"))
        _ = try site.write(Self.cjk, text)
        let again = try site.build()
        #expect(again.rendered == 1 && again.skipped == 6)
        #expect(site.exists(".ogcard-cache/posts") && site.exists(".ogcard-cache/.gitignore"))
    }
}
