/// Gives every post a unique card name that stays put: unchanged posts keep the manifest's, and
/// a new post whose slug is taken gets `-2`, `-3` … (`PostSlug.uniqued(_:avoiding:)`).
///
/// Translations are the exception: when the slug is taken by a post in another language
/// (`en/foo.mdx` and `es/foo.mdx`), the post in the language that is not the site's default gets
/// the same slug in a folder named after its language (`es/foo`), so its card is
/// `/assets/og/es/foo.png`, not `foo-2.png`. Posts that collide with nobody keep plain names,
/// so adding a translation never moves an existing card.
enum SlugAssignment {
    /// The card name the manifest recorded for `path`. A manifest is a file anyone with commit
    /// access can edit, and the name names card and snippet files: it is used only when it is one
    /// ogcard could have made (a slug, or a language folder and a slug).
    static func recordedSlug(of path: String, in manifest: BuildManifest) -> String? {
        guard let slug = manifest.posts[path]?.slug, isValidName(slug) else { return nil }
        return slug
    }

    /// `foo`, or `es/foo`: safe slugs only.
    static func isValidName(_ name: String) -> Bool {
        let parts = name.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy(PostSlug.isSanitized)
    }

    /// The folder name of a language (`pt-BR` → `pt-br`), or nil when nothing usable is left.
    static func folder(forLanguage language: String) -> String? {
        PostSlug.sanitize(language.replacingOccurrences(of: "_", with: "-"))
    }

    /// Whether two language tags name the same language (`en`, `en-US`, `en_us`).
    static func sameLanguage(_ a: String?, _ b: String?) -> Bool {
        func primary(_ tag: String?) -> String? {
            tag.flatMap { $0.split(whereSeparator: { $0 == "-" || $0 == "_" }).first?.lowercased() }
        }
        return primary(a) == primary(b)
    }

    /// Names for the parsed posts of `scan`; `languages` gives each post's language (when known),
    /// `defaultLanguage` the site's. Posts in `hidden` (not published: they get no card) take no name.
    static func assign(
        scan: PostScan.Result, manifest: BuildManifest, languages: [String: String] = [:],
        defaultLanguage: String? = nil, hidden: Set<String> = [], wanted wantedSlugs: [String: String] = [:]
    ) -> [String: String] {
        var slugs: [String: String] = [:]
        var taken = Set<String>()
        /// The language of the post holding each plain name.
        var holderLanguage: [String: String?] = [:]
        func recorded(_ path: String) -> String? { recordedSlug(of: path, in: manifest) }
        for path in scan.unchanged {
            if let slug = recorded(path) {
                slugs[path] = slug
                taken.insert(slug)
                holderLanguage[slug] = manifest.posts[path]?.language
            }
        }
        // Changed posts that had a name keep it when it is still theirs alone.
        var pending: [(path: String, wanted: String, language: String?)] = []
        for item in scan.parsed where !hidden.contains(item.relativePath) {
            let wanted = wantedSlugs[item.relativePath] ?? item.post.slug
            let language = languages[item.relativePath]
            let folderName = language.flatMap(folder(forLanguage:)).map { $0 + "/" + wanted }
            if let previous = recorded(item.relativePath),
                previous == wanted || previous.hasPrefix(wanted + "-") || previous == folderName,
                !taken.contains(previous)
            {
                slugs[item.relativePath] = previous
                taken.insert(previous)
                if !previous.contains("/") { holderLanguage[previous] = language }
            } else {
                pending.append((item.relativePath, wanted, language))
            }
        }
        // Translations: one post per language keeps the slug, in its language's folder.
        var inFolders: [String: String] = [:]
        var order: [String] = []
        var groups: [String: [(path: String, wanted: String, language: String?)]] = [:]
        for item in pending {
            if groups[item.wanted] == nil { order.append(item.wanted) }
            groups[item.wanted, default: []].append(item)
        }
        for wanted in order {
            guard let group = groups[wanted] else { continue }
            let rootLanguage: String?
            if taken.contains(wanted) {
                rootLanguage = holderLanguage[wanted] ?? nil
            } else {
                let first =
                    group.first { $0.language == nil || sameLanguage($0.language, defaultLanguage) } ?? group[0]
                rootLanguage = first.language
                if group.count == 1 { continue }
            }
            var seenLanguages: Set<String> = []
            for member in group {
                guard let language = member.language, !sameLanguage(language, rootLanguage),
                    rootLanguage != nil || !sameLanguage(language, defaultLanguage),
                    let folder = folder(forLanguage: language), seenLanguages.insert(folder).inserted
                else { continue }
                let name = folder + "/" + wanted
                guard !taken.contains(name) else { continue }
                inFolders[member.path] = name
                taken.insert(name)
            }
        }
        let rest = pending.filter { inFolders[$0.path] == nil }
        let unique = PostSlug.uniqued(rest.map(\.wanted), avoiding: taken)
        for (item, slug) in zip(rest, unique) { slugs[item.path] = slug }
        slugs.merge(inFolders) { $1 }
        return slugs
    }
}
