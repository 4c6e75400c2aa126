import Foundation

/// Reads `PageFacts` from a parsed page.
enum PageReader {
    /// The facts of `document`.
    static func facts(of document: HTMLDocument) -> PageFacts {
        let head = document.head
        let headElements = head?.elements ?? []
        var facts = PageFacts(head: layout(of: document))
        facts.language = nonEmpty(document.root["lang"])
        let everything = [document.root] + document.root.descendants
        for element in headElements {
            switch element.name {
            case "title" where facts.title == nil: facts.title = nonEmpty(collapsed(element.rawText))
            case "link":
                let relations = (element["rel"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
                if relations.contains("canonical"), facts.canonical == nil {
                    facts.canonical = nonEmpty(element["href"])
                }
            case "meta": read(meta: element, into: &facts)
            default: continue
            }
        }
        // The charset and the skip markers count wherever the parser put them.
        let headStarts = Set(headElements.compactMap { $0.startTag?.lowerBound })
        for element in everything where element.name == "meta" {
            if let start = element.startTag?.lowerBound, headStarts.contains(start) { continue }
            readMarkers(meta: element, into: &facts)
        }
        let articles = everything.filter { $0.name == "article" }
        let main = everything.first { $0.name == "main" }
        let region = articles.count == 1 ? articles[0] : main
        facts.heading = everything.first { $0.name == "h1" }.flatMap { nonEmpty($0.text) }
        facts.firstParagraph = region.flatMap { region in
            region.descendants.lazy.filter { $0.name == "p" }.compactMap { nonEmpty($0.text) }.first
        }
        facts.published = facts.existing("article:published_time")
        facts.modified = facts.existing("article:modified_time")
        facts.tags = facts.existing["article:tag"] ?? []
        facts.author = facts.existing("article:author")
        readJSONLD(everything.filter { $0.name == "script" && isJSONLD($0["type"]) }, into: &facts)
        if facts.published == nil, articles.count == 1 {
            facts.published =
                articles[0].descendants.first { $0.name == "time" && nonEmpty($0["datetime"]) != nil }?[
                    "datetime"]
        }
        return facts
    }

    /// The anchors and managed tags of the head.
    private static func layout(of document: HTMLDocument) -> HeadLayout {
        var layout = HeadLayout(doctypeEnd: document.doctypeEnd)
        layout.htmlStartTagEnd = document.root.startTag?.upperBound
        guard let head = document.head else { return layout }
        layout.startTagEnd = head.startTag?.upperBound
        layout.endTag = head.endTag
        for element in head.elements {
            guard let start = element.startTag else { continue }
            if let key = ManagedMetaKeys.key(of: element), ManagedMetaKeys.all.contains(key) {
                layout.managed.append(start)
            }
            // An element the page never closes (`<title>` to the end of the file) holds all that
            // follows as its text: tags go before it, never after its start tag.
            if element.endTag == nil, !voidElements.contains(element.name) {
                if start.lowerBound > (layout.lastChildEnd ?? -1) { layout.unclosedStart = start.lowerBound }
                continue
            }
            let end = element.endTag?.upperBound ?? start.upperBound
            if end > (layout.lastChildEnd ?? -1) {
                layout.lastChildEnd = end
                layout.lastChildStart = start.lowerBound
            }
        }
        if let unclosed = layout.unclosedStart, unclosed < (layout.lastChildEnd ?? -1) { layout.unclosedStart = nil }
        layout.managed.sort { $0.lowerBound < $1.lowerBound }
        return layout
    }

    /// Elements that have no end tag.
    static let voidElements: Set<String> = ["meta", "link", "base", "basefont", "bgsound", "br", "img", "input", "hr"]

    private static func read(meta element: HTMLElement, into facts: inout PageFacts) {
        readMarkers(meta: element, into: &facts)
        let content = element["content"] ?? ""
        if let key = ManagedMetaKeys.key(of: element) {
            if ManagedMetaKeys.all.contains(key) {
                facts.existing[key, default: []].append(content)
            } else if key == "description", facts.metaDescription == nil {
                facts.metaDescription = nonEmpty(collapsed(content))
            } else if key == "author", facts.author == nil {
                facts.author = nonEmpty(collapsed(content))
            }
        }
    }

    /// The charset, and the markers that keep a page from getting a card.
    private static func readMarkers(meta element: HTMLElement, into facts: inout PageFacts) {
        if let charset = nonEmpty(element["charset"]), facts.charset == nil { facts.charset = charset }
        let equiv = (element["http-equiv"] ?? "").lowercased()
        let content = element["content"] ?? ""
        if equiv == "content-type", facts.charset == nil,
            let range = content.range(of: "charset=", options: .caseInsensitive)
        {
            facts.charset = nonEmpty(
                String(content[range.upperBound...].prefix { !";, ".contains($0) }).trimmingCharacters(
                    in: CharacterSet(charactersIn: "\"'")))
        }
        guard facts.skipReason == nil else { return }
        let name = (element["name"] ?? "").lowercased()
        if equiv == "refresh" {
            facts.skipReason = "a redirect (<meta http-equiv=\"refresh\">)"
        } else if name == "robots" && content.lowercased().contains("noindex") {
            facts.skipReason = "marked noindex"
        } else if name == "ogcard" && content.trimmingCharacters(in: .whitespaces).lowercased() == "skip" {
            facts.skipReason = "marked <meta name=\"ogcard\" content=\"skip\">"
        }
    }

    private static func isJSONLD(_ type: String?) -> Bool {
        (type ?? "").trimmingCharacters(in: .whitespaces).lowercased() == "application/ld+json"
    }

    /// `datePublished`, `dateModified`, `keywords` and `author` from the first JSON-LD object
    /// (breadth first, `@graph` included) that has each; invalid JSON is ignored.
    private static func readJSONLD(_ scripts: [HTMLElement], into facts: inout PageFacts) {
        var queue: [Any] = scripts.compactMap { script in
            try? JSONSerialization.jsonObject(with: Data(script.rawText.utf8), options: [.fragmentsAllowed])
        }
        var index = 0
        var keywords: [String]?
        var author: String?
        var published: String?
        var modified: String?
        while index < queue.count, index < 1000 {
            let value = queue[index]
            index += 1
            if let list = value as? [Any] {
                queue += list
                continue
            }
            guard let object = value as? [String: Any] else { continue }
            if published == nil { published = nonEmpty(object["datePublished"] as? String) }
            if modified == nil { modified = nonEmpty(object["dateModified"] as? String) }
            if keywords == nil {
                if let text = object["keywords"] as? String {
                    keywords = text.split(separator: ",").compactMap { nonEmpty(String($0)) }
                } else if let list = object["keywords"] as? [Any] {
                    keywords = list.compactMap { nonEmpty($0 as? String) }
                }
            }
            if author == nil, let value = object["author"] { author = name(of: value) }
            if let graph = object["@graph"] { queue.append(graph) }
        }
        facts.published = facts.published ?? published
        facts.modified = facts.modified ?? modified
        if facts.tags.isEmpty { facts.tags = keywords ?? [] }
        facts.author = facts.author ?? author
    }

    /// A JSON-LD person: a name, `{"name": …}`, or the first of a list.
    private static func name(of value: Any) -> String? {
        if let text = value as? String { return nonEmpty(text) }
        if let object = value as? [String: Any] { return nonEmpty(object["name"] as? String) }
        if let list = value as? [Any] { return list.lazy.compactMap { name(of: $0) }.first }
        return nil
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
