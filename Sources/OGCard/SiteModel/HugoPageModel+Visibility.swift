import Foundation

extension HugoPageModel {
    /// Hugo's `shouldBuild` and render options (§2.10): disabled language, `_build.render`,
    /// headless bundles, drafts (`draft`, else `published: false`), future `publishDate`, past
    /// `expiryDate`. `includeDrafts` (ogcard's `--drafts`) lifts drafts, future and expired, as
    /// `hugo -D -F -E` does; `buildDrafts`/`buildFuture`/`buildExpired` each lift one.
    func visibility(
        of file: HugoContentFile, front: HugoFrontMatter, dates: HugoPageDates, language: HugoLanguage,
        into placement: inout PagePlacement
    ) {
        if language.disabled {
            placement.visibility = .hidden(reason: "language `\(language.code)` is disabled in the Hugo config")
            return
        }
        if let render = Self.renderOption(front.value("_build")) {
            placement.visibility = .hidden(reason: "`_build: {render: \(render)}`: hugo writes no page for it")
            return
        }
        if file.isBundleIndex, front.bool("headless") == true {
            placement.visibility = .hidden(reason: "`headless: true`: hugo writes no page for this bundle")
            return
        }
        if let reason = buildReason(front: front, dates: dates) {
            placement.visibility = .hidden(reason: reason)
            return
        }
        if !dates.expiryDate.isZero, !settings.buildExpired, dates.expiryDate.instant >= context.now {
            placement.expires = dates.expiryDate.instant
        }
        placement.visibility = .published
    }

    /// Why Hugo's `shouldBuild` leaves the page out (draft, future, expired), or nil.
    func buildReason(front: HugoFrontMatter, dates: HugoPageDates) -> String? {
        let includeAll = context.includeDrafts
        let draftKey = front.writtenKey("draft")
        let publishedKey = front.writtenKey("published")
        var draft: String?
        if let draftKey, let value = front.bool("draft") {
            if value { draft = "`\(draftKey): \(front.text("draft") ?? "true")`" }
        } else if let publishedKey, let value = front.bool("published"), !value {
            draft = "`\(publishedKey): \(front.text("published") ?? "false")`"
        }
        if let draft, !includeAll, !settings.buildDrafts {
            return "\(draft): a draft; hugo builds it with -D (buildDrafts), ogcard with --drafts"
        }
        let now = context.now
        if !dates.publishDate.isZero, dates.publishDate.instant > now, !includeAll, !settings.buildFuture {
            return "publish date \(Self.describe(dates.publishDate)) is in the future; "
                + "hugo builds it with -F (buildFuture), ogcard with --drafts"
        }
        if !dates.expiryDate.isZero, dates.expiryDate.instant < now, !includeAll, !settings.buildExpired {
            return "expiry date \(Self.describe(dates.expiryDate)) has passed; "
                + "hugo builds it with -E (buildExpired), ogcard with --drafts"
        }
        return nil
    }
    /// `_build.render` values that leave the page unwritten (`never`, `false`, `link`), as written.
    static func renderOption(_ build: FrontMatterValue?) -> String? {
        guard let value = HugoConfigFile.text(HugoConfigFile.value(build?.entries, "render")) else { return nil }
        switch value.lowercased() {
        case "never", "false", "link", "0", "no", "off", "n": return value
        default: return nil
        }
    }

    static func describe(_ date: HugoDate) -> String {
        GoTimeLayout.format(date, layout: "2006-01-02 15:04:05 -07:00")
    }
}
