import Foundation

/// Checks one page's meta tags, the image file behind its `og:image` and (for cards ogcard
/// draws) the card's pixels against every platform's rules.
struct TagLint {
    let rules: LintRules

    /// Keys a page should give once: a second one with other content is read differently by
    /// different platforms (Facebook takes the first, X the last).
    static let singleValued: Set<String> = [
        "og:title", "og:description", "og:url", "og:type", "og:site_name", "og:locale", "twitter:card",
        "twitter:title", "twitter:description", "twitter:image", "twitter:image:alt", "twitter:site",
        "twitter:creator", "og:image:alt",
    ]

    /// Every finding for `tags`, with `image` the file behind og:image (nil when it was not
    /// found: `missingImage` says where it was looked for) and `card` the drawn card's pixels.
    func check(
        tags: [MetaTag], image: LintImageFile?, missingImage: String?, card: CardInspection? = nil
    ) -> (findings: [LintFinding], contrast: [LintContrast]) {
        var findings: [LintFinding] = []
        findings += requiredTags(tags)
        findings += attributes(tags)
        findings += duplicates(tags)
        findings += urls(tags)
        findings += twitterCard(tags)
        findings += texts(tags)
        if let image {
            findings += file(image, tags: tags)
        } else if let missingImage {
            findings.append(
                LintFinding(
                    .error, rule: "image_file", tag: "og:image",
                    message: "the image file is missing: \(missingImage)"))
        }
        var contrast: [LintContrast] = []
        if let card {
            let normal = rules.general("contrast_normal", default: 4.5)
            let large = rules.general("contrast_large", default: 3)
            contrast = CardPixelLint.contrasts(card, normal: normal.value, large: large.value)
            for layer in contrast where !layer.passes {
                let rule = layer.large ? large : normal
                findings.append(
                    LintFinding(
                        rule.severity, rule: "contrast", tag: layer.layer,
                        message:
                            "text \(layer.textColor) on \(layer.background) has contrast \(Self.number(layer.ratio)):1; WCAG asks \(Self.number(layer.required)):1 for \(layer.large ? "large" : "normal") text (\"\(Self.excerpt(layer.text))\")",
                        source: rule.source))
            }
            findings += crop(card)
        }
        let order: [Diagnostic.Severity] = [.error, .warning, .note]
        return (
            findings.enumerated().sorted {
                (order.firstIndex(of: $0.element.severity)!, $0.offset) < (
                    order.firstIndex(of: $1.element.severity)!, $1.offset
                )
            }.map(\.element), contrast
        )
    }

    private func first(_ key: String, in tags: [MetaTag]) -> String? {
        tags.first { $0.key == key }?.content
    }

    /// Open Graph's four required tags; a missing og:image is a card that does not exist.
    private func requiredTags(_ tags: [MetaTag]) -> [LintFinding] {
        let keys = Set(tags.map(\.key))
        return [
            ("og:title", Diagnostic.Severity.error), ("og:image", .error), ("og:url", .error), ("og:type", .warning),
        ]
        .filter { !keys.contains($0.0) }.map { key, severity in
            LintFinding(
                severity, rule: "missing_tag", tag: key, message: "no \(key) tag", source: "https://ogp.me/#metadata")
        }
    }

    /// og: and article: tags belong in `property=`; LinkedIn ignores them in `name=`.
    private func attributes(_ tags: [MetaTag]) -> [LintFinding] {
        var findings: [LintFinding] = []
        var seen = Set<String>()
        let strict = rules.platforms.filter { $0["property_attribute"] != nil }
        for tag in tags where tag.attribute == .name && (tag.key.hasPrefix("og:") || tag.key.hasPrefix("article:")) {
            guard seen.insert(tag.key).inserted else { continue }
            let covered = tags.contains { $0.key == tag.key && $0.attribute == .property }
            let severity = covered ? .warning : (strict.map { $0["property_attribute"]!.severity }.max() ?? .warning)
            findings.append(
                LintFinding(
                    severity, rule: "property_attribute", tag: tag.key, platforms: strict.map(\.name),
                    message:
                        "<meta name=\"\(tag.key)\">: Open Graph tags go in property=; \(strict.map(\.name).joined(separator: ", ")) ignore\(strict.count == 1 ? "s" : "") name=",
                    source: strict.first?["property_attribute"]?.source))
        }
        for tag in tags where tag.attribute == .property && tag.key.hasPrefix("twitter:") {
            guard seen.insert(tag.key).inserted else { continue }
            findings.append(
                LintFinding(
                    .note, rule: "property_attribute", tag: tag.key,
                    message: "<meta property=\"\(tag.key)\">: X documents name= for twitter: tags (it reads both)",
                    source: "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup"))
        }
        return findings
    }

    /// A single-valued key given twice.
    private func duplicates(_ tags: [MetaTag]) -> [LintFinding] {
        var byKey: [String: [String]] = [:]
        var order: [String] = []
        for tag in tags where Self.singleValued.contains(tag.key) {
            if byKey[tag.key] == nil { order.append(tag.key) }
            byKey[tag.key, default: []].append(tag.content)
        }
        return order.compactMap { key in
            guard let values = byKey[key], values.count > 1 else { return nil }
            let differ = Set(values).count > 1
            return LintFinding(
                differ ? .warning : .note, rule: "duplicate_tag", tag: key,
                message: differ
                    ? "\(key) is given \(values.count) times with different content (\(values.map { "\"\(Self.excerpt($0))\"" }.joined(separator: ", "))): Facebook reads the first, X the last"
                    : "\(key) is given \(values.count) times (same content)",
                source: "https://ogp.me/#array")
        }
    }

    /// og:image, og:url and twitter:image must be absolute; https is expected.
    private func urls(_ tags: [MetaTag]) -> [LintFinding] {
        let rule = rules.general("https", default: 1)
        var findings: [LintFinding] = []
        for key in ["og:image", "og:url", "twitter:image", "og:image:secure_url"] {
            for value in Set(tags.filter { $0.key == key }.map(\.content)).sorted() {
                let url = URL(string: value)
                let scheme = url?.scheme?.lowercased()
                if scheme == nil || url?.host == nil || url?.host?.isEmpty == true {
                    findings.append(
                        LintFinding(
                            rule.severity, rule: "https", tag: key,
                            message: "\"\(value)\" is not an absolute URL; platforms fetch only absolute https URLs",
                            source: rule.source))
                } else if scheme == "http" {
                    findings.append(
                        LintFinding(
                            .warning, rule: "https", tag: key,
                            message: "\"\(value)\" is http, not https; some platforms skip or warn on insecure images",
                            source: rule.source))
                } else if scheme != "https" {
                    findings.append(
                        LintFinding(
                            rule.severity, rule: "https", tag: key,
                            message: "\"\(value)\" is not an http(s) URL", source: rule.source))
                }
            }
        }
        return findings
    }

    /// twitter:card: present, valid, and large where platforms show large images only for it.
    private func twitterCard(_ tags: [MetaTag]) -> [LintFinding] {
        let wanting = rules.platforms.filter { $0["large_image_card"] != nil }
        let source = "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup"
        // X reads the last one.
        guard let card = tags.last(where: { $0.key == "twitter:card" })?.content else {
            return [
                LintFinding(
                    .warning, rule: "large_image_card", tag: "twitter:card", platforms: wanting.map(\.name),
                    message: "no twitter:card: X shows a small summary card, Slack and Discord a small image",
                    source: source)
            ]
        }
        let known = ["summary", "summary_large_image", "app", "player"]
        guard known.contains(card) else {
            return [
                LintFinding(
                    .error, rule: "large_image_card", tag: "twitter:card",
                    message: "twitter:card \"\(card)\" is not a card type (\(known.joined(separator: ", ")))",
                    source: source)
            ]
        }
        guard card != "summary_large_image" else { return [] }
        return wanting.map { platform in
            let rule = platform["large_image_card"]!
            return LintFinding(
                rule.severity, rule: "large_image_card", tag: "twitter:card", platforms: [platform.name],
                message: "twitter:card is \"\(card)\": \(platform.name) shows the card small; use summary_large_image",
                source: rule.source)
        }
    }

    /// Alt text present; title, description and alt text against where each platform cuts them.
    private func texts(_ tags: [MetaTag]) -> [LintFinding] {
        var findings: [LintFinding] = []
        let alt = first("og:image:alt", in: tags) ?? first("twitter:image:alt", in: tags)
        if first("og:image", in: tags) != nil, alt == nil || alt?.isEmpty == true {
            let rule = rules.general("alt", default: 1)
            findings.append(
                LintFinding(
                    rule.severity, rule: "alt", tag: "og:image:alt",
                    message: "no alt text: screen readers announce the card as an unnamed image", source: rule.source))
        }
        for platform in rules.platforms {
            let isX = platform.id == "x"
            let title =
                isX ? first("twitter:title", in: tags) ?? first("og:title", in: tags) : first("og:title", in: tags)
            let description =
                isX
                ? first("twitter:description", in: tags) ?? first("og:description", in: tags)
                : first("og:description", in: tags)
            let checks: [(String, String?, String)] = [
                ("title_characters", title, isX ? "twitter:title" : "og:title"),
                ("description_characters", description, isX ? "twitter:description" : "og:description"),
                (
                    "alt_characters", isX ? first("twitter:image:alt", in: tags) ?? alt : alt,
                    isX ? "twitter:image:alt" : "og:image:alt"
                ),
            ]
            for (name, text, key) in checks {
                guard let rule = platform[name], let text else { continue }
                let limit = Int(rule.value)
                guard text.count > limit else { continue }
                findings.append(
                    LintFinding(
                        rule.severity, rule: name, tag: key, platforms: [platform.name],
                        message:
                            "\(text.count) characters; \(platform.name) cuts at \(limit): shows \"\(text.prefix(limit))…\", drops \"\(Self.excerpt(String(text.dropFirst(limit))))\"",
                        source: rule.source))
            }
        }
        return findings
    }

    /// The file: its declared size and type, then every platform's size and dimension limits.
    private func file(_ image: LintImageFile, tags: [MetaTag]) -> [LintFinding] {
        var findings: [LintFinding] = []
        let source = "https://ogp.me/#structured"
        if let declared = first("og:image:type", in: tags), let type = image.type, declared != type {
            findings.append(
                LintFinding(
                    .error, rule: "image_type", tag: "og:image:type",
                    message: "og:image:type says \(declared), but \(image.label) is \(type)", source: source))
        }
        if image.type == nil || image.type == "image/svg+xml" {
            findings.append(
                LintFinding(
                    .error, rule: "image_type", tag: "og:image",
                    message:
                        "\(image.label) is \(image.type ?? "not a PNG, JPEG, GIF or WebP image"); platforms show PNG, JPEG, GIF and WebP",
                    source:
                        "https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image"))
        }
        for (key, actual) in [("og:image:width", image.width), ("og:image:height", image.height)] {
            guard let declared = first(key, in: tags), let actual, Int(declared) != actual else { continue }
            findings.append(
                LintFinding(
                    .error, rule: "image_dimensions", tag: key,
                    message: "\(key) says \(declared), but \(image.label) is \(actual) px", source: source))
        }
        for platform in rules.platforms {
            if let rule = platform["max_bytes"], Double(image.bytes) > rule.value {
                findings.append(
                    LintFinding(
                        rule.severity, rule: "max_bytes", tag: "og:image", platforms: [platform.name],
                        message:
                            "\(image.label) is \(Self.size(image.bytes)); \(platform.name) takes at most \(Self.size(Int(rule.value)))\(rule.note.map { " (\($0))" } ?? "") — a smaller card: set max_card_bytes: in ogcard.yml",
                        source: rule.source))
            }
            guard let width = image.width, let height = image.height, width > 0, height > 0 else { continue }
            let dimensionChecks: [(String, Int, Bool)] = [
                ("min_width", width, true), ("min_height", height, true), ("max_width", width, false),
                ("max_height", height, false),
            ]
            for (name, actual, isMinimum) in dimensionChecks {
                guard let rule = platform[name] else { continue }
                let limit = Int(rule.value)
                guard isMinimum ? actual < limit : actual > limit else { continue }
                findings.append(
                    LintFinding(
                        rule.severity, rule: name, tag: "og:image", platforms: [platform.name],
                        message:
                            "\(image.label) is \(width)×\(height) px; \(platform.name) wants \(name.hasSuffix("width") ? "width" : "height") \(isMinimum ? "≥" : "≤") \(limit) px",
                        source: rule.source))
            }
            if let rule = platform["aspect"] {
                let aspect = Double(width) / Double(height)
                if abs(aspect - rule.value) / rule.value > 0.02 {
                    findings.append(
                        LintFinding(
                            rule.severity, rule: "aspect", tag: "og:image", platforms: [platform.name],
                            message:
                                "\(image.label) is \(width)×\(height) px (\(Self.number(aspect)):1); \(platform.name) shows \(Self.number(rule.value)):1 and crops the rest",
                            source: rule.source))
                }
            }
        }
        return findings
    }

    /// Text ink a platform's crop cuts off, measured on the drawn pixels.
    private func crop(_ card: CardInspection) -> [LintFinding] {
        rules.platforms.flatMap { platform -> [LintFinding] in
            guard let rule = platform["crop_aspect"] else { return [] }
            return CardPixelLint.cropSpills(card, aspect: rule.value).map { spill in
                let band = spill.band
                return LintFinding(
                    rule.severity, rule: "crop_aspect", tag: spill.layer, platforms: [platform.name],
                    message:
                        "\(spill.pixels) px of the \(spill.layer) layer's ink lie outside the \(Int(band.width))×\(Int(band.height)) band \(platform.name) keeps (\(Self.number(rule.value)):1 crop, up to \(spill.depth) px beyond it)",
                    source: rule.source)
            }
        }
    }

    /// "12.3 KB", "1.2 MB", in powers of 1024 as the platforms' limits are.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(number(Double(bytes) / 1024)) KB" }
        return "\(number(Double(bytes) / 1024 / 1024)) MB"
    }

    /// A number with at most two decimals, without trailing zeros.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", (value * 100).rounded(.down) / 100)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// At most 60 characters of `text`, for messages.
    static func excerpt(_ text: String) -> String {
        text.count > 60 ? text.prefix(59) + "…" : text
    }
}
