import Foundation

/// The site's pages as the generator places them, gathered before cards are made: each changed
/// post's placement (URL, language, translation key, visibility), and for every post the
/// `og:locale:alternate` values of its translations.
///
/// Translations span posts a build does not otherwise read: when `es/foo` appears, the tags of
/// the unchanged `en/foo` gain `es_ES`. Unchanged posts whose alternates would change are listed
/// in `stale` so the build reads them again.
struct SiteTranslations: Sendable {
    /// Placements of the parsed posts that could be placed (a post that cannot is reported when
    /// its card is made).
    var placements: [String: PagePlacement] = [:]
    /// Each post's language, when known.
    var languages: [String: String] = [:]
    /// Each post's `og:locale:alternate` values, sorted.
    var alternates: [String: [String]] = [:]
    /// Unchanged posts whose alternates changed.
    var stale: [String] = []
    /// The slug a post wants when it is not the one its file name gives: a Hugo translation
    /// `hello.es.md` wants `hello` (its language's folder keeps it apart), not `hello-es`.
    var wantedSlugs: [String: String] = [:]
    /// Each placed post's translation key, when it has one.
    var translationKeys: [String: String] = [:]

    /// The parsed posts the generator does not publish.
    var hidden: Set<String> { Set(placements.filter { !$0.value.visibility.isPublished }.keys) }

    /// Gathers the placements of `scan`'s parsed posts with `pages`, and the translation groups
    /// from them and the manifest's records of the unchanged posts.
    init(scan: PostScan.Result, manifest: BuildManifest, pages: any PageModel, config: SiteConfig) {
        for item in scan.parsed {
            guard let placement = try? pages.place(item.post, relativePath: item.relativePath) else { continue }
            placements[item.relativePath] = placement
            let own = PostLanguage.of(item.post, relativePath: item.relativePath, postsFolders: config.posts)
            languages[item.relativePath] = placement.language ?? own.language
            translationKeys[item.relativePath] = placement.translationKey ?? own.translationKey
            if config.generator == .hugo, let code = placement.language, item.post.field("slug") == nil {
                let name = (item.relativePath as NSString).lastPathComponent
                let base = (name as NSString).deletingPathExtension
                if base.lowercased().hasSuffix("." + code.lowercased()) {
                    let stripped = String(base.dropLast(code.count + 1))
                    let folder = (item.relativePath as NSString).deletingLastPathComponent
                    let renamed = (folder as NSString).appendingPathComponent(
                        stripped + "." + (name as NSString).pathExtension)
                    wantedSlugs[item.relativePath] = PostSlug.make(frontMatterSlug: nil, path: renamed)
                }
            }
        }
        var groups: [String: [(path: String, language: String)]] = [:]
        for item in scan.parsed {
            guard let placement = placements[item.relativePath], placement.visibility.isPublished,
                let language = languages[item.relativePath]
            else { continue }
            if let key = translationKeys[item.relativePath] {
                groups[key, default: []].append((item.relativePath, language))
            }
        }
        for path in scan.unchanged {
            guard let entry = manifest.posts[path], entry.hidden == nil, let key = entry.translationKey,
                let language = entry.language
            else { continue }
            languages[path] = language
            groups[key, default: []].append((path, language))
        }
        for members in groups.values {
            for member in members {
                let others = members.filter {
                    $0.path != member.path && $0.language.lowercased() != member.language.lowercased()
                }
                alternates[member.path] = Array(
                    Set(others.compactMap { OpenGraphLocale.from(localeTag($0.language, config)) })
                )
                .sorted()
            }
        }
        for path in scan.unchanged {
            guard let entry = manifest.posts[path], entry.hidden == nil else { continue }
            if (entry.alternates ?? []) != (alternates[path] ?? []) { stale.append(path) }
        }
    }

    /// What og:locale is made from for `language` on this site (Hugo's `languageCode`).
    private func localeTag(_ language: String, _ config: SiteConfig) -> String {
        config.generator == .hugo ? config.hugo.localeTag(forLanguage: language) : language
    }
}
