import Foundation

/// The one containment rule: every path ogcard writes or deletes lies inside the site root and
/// inside the folder its kind of file belongs to, with symbolic links resolved.
///
/// A committed manifest, a post's front matter or a config key can all name paths; none of them
/// may lead a write or a delete elsewhere (a tampered manifest pruning `~/.ssh`, a symlinked
/// card folder pointing out of the site). Paths are resolved the way the kernel will follow
/// them: the longest existing prefix through `realpath(3)` (every link in it followed), then the
/// components that do not exist yet, which may not be `..`. The result must lie under the
/// resolved folder of its kind, and that folder under the resolved site root.
struct SiteContainment: Sendable {
    /// The kinds of file ogcard writes, each with its own place.
    enum Area: String, Sendable {
        /// Rendered PNGs, in `output`.
        case cards = "the card folder"
        /// Meta-tag snippets, in `snippets`.
        case snippets = "the snippet folder"
        /// The meta JSON index, exactly at `meta_json`.
        case metaJSON = "the meta_json file"
        /// `.ogcard-manifest.json` at the site root.
        case manifest = "the manifest"
        /// `ogcard.yml`.
        case config = "the config file"
        /// `.ogcard-cache/` at the site root (`PostStatCache`).
        case cache = "the cache folder"
        /// Posts, anywhere inside the site once their links are followed.
        case posts = "the site"
    }

    /// The site root, resolved.
    let root: String
    /// Each area's resolved folder (or file, for the single-file areas).
    private let places: [Area: String]

    /// The rule for `config`'s site.
    init(config: SiteConfig) {
        let root = Self.resolve(config.root.standardizedFileURL.path)
        self.root = root
        var places: [Area: String] = [
            .cards: Self.resolve(Self.join(root, config.output)),
            .snippets: Self.resolve(Self.join(root, config.snippets)),
            .manifest: Self.resolve(Self.join(root, ".ogcard-manifest.json")),
            .cache: Self.resolve(Self.join(root, ".ogcard-cache")),
            .config: Self.resolve(
                config.configFileToWrite.standardizedFileURL
                    .path),
            .posts: root,
        ]
        if let metaJSON = config.metaJSON { places[.metaJSON] = Self.resolve(Self.join(root, metaJSON)) }
        self.places = places
    }

    /// The resolved path to write `url` at, when it lies inside `area`.
    /// - Throws: `Diagnostic` (step `.writeFile`) naming the path and where it leads.
    func checked(_ url: URL, in area: Area) throws(Diagnostic) -> URL {
        let path = url.standardizedFileURL.path
        let resolved = Self.resolve(path)
        guard let place = places[area] else {
            throw Diagnostic(file: path, step: .writeFile, reason: "\(area.rawValue) is not configured")
        }
        guard Self.isInside(place, root) else {
            throw Diagnostic(
                file: path, step: .writeFile,
                reason:
                    "\(area.rawValue) resolves to '\(place)', outside the site '\(root)' (a symbolic link?); nothing was written"
            )
        }
        guard Self.isInside(resolved, place) else {
            throw Diagnostic(
                file: path, step: .writeFile,
                reason: "it resolves to '\(resolved)', outside \(area.rawValue) '\(place)'; nothing was written")
        }
        return URL(fileURLWithPath: resolved)
    }

    /// Whether `url` resolves inside the site root (for reading images, and for posts).
    func isInsideSite(_ url: URL) -> Bool {
        Self.isInside(Self.resolve(url.standardizedFileURL.path), root)
    }

    /// `path` with every existing symbolic link followed; components that do not exist yet are
    /// appended as written (`..` among them would make it escape, so it makes the path unusable).
    static func resolve(_ path: String) -> String {
        var existing = path
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                var result = String(cString: real)
                for component in missing.reversed() {
                    // `..` or `.` after a missing folder cannot be resolved safely; keep it visible
                    // so the inside check fails rather than guessing.
                    if component == ".." || component == "." { return "/../unresolvable" + path }
                    result = join(result, component)
                }
                return result
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return path }
            missing.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }

    /// Whether `path` is `base` or lies below it (both resolved, absolute).
    static func isInside(_ path: String, _ base: String) -> Bool {
        path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    private static func join(_ base: String, _ relative: String) -> String {
        relative.isEmpty || relative == "." ? base : (base.hasSuffix("/") ? base + relative : base + "/" + relative)
    }
}
