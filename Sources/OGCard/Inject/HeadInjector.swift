/// `ogcard inject`'s edit of one page, for the fuzz target and other callers in the package: the
/// page's bytes with `tags` as its only managed Open Graph and Twitter tags.
package enum HeadInjector {
    /// `bytes` with its managed tags (see `ManagedMetaKeys`) replaced by `tags`, spliced into its
    /// head; nil for a page nested too deep to parse (see `NestingEstimate`).
    package static func inject(_ tags: [MetaTag], into bytes: [UInt8]) -> [UInt8]? {
        guard !NestingEstimate.exceedsLimit(bytes) else { return nil }
        let facts = PageReader.facts(of: HTMLDocument(parsing: bytes))
        return HeadSplice.apply(tags.map(\.html), to: bytes, layout: facts.head)
    }

    /// The managed tags in the head of `bytes`, in order, as a browser parses it.
    package static func managedTags(in bytes: [UInt8]) -> [MetaTag] {
        let document = HTMLDocument(parsing: bytes)
        return (document.head?.elements ?? []).compactMap { element in
            guard let key = ManagedMetaKeys.key(of: element), ManagedMetaKeys.all.contains(key) else { return nil }
            let attribute: MetaTag.Attribute = element["property"] != nil ? .property : .name
            return MetaTag(attribute: attribute, key: key, content: element["content"] ?? "")
        }
    }

    /// Where a page's head lies in `bytes`: from its `<head>` start tag (or the start of the page
    /// when it has none written) to the end of its `</head>` (or of the page), or of the last
    /// element the parser put in the head after it (a `<meta>` between `</head>` and `<body>`).
    package static func headBounds(in bytes: [UInt8]) -> Range<Int> {
        let head = HTMLDocument(parsing: bytes).head
        var upper = head?.endTag?.upperBound ?? bytes.count
        for child in head?.elements ?? [] {
            upper = max(upper, child.endTag?.upperBound ?? child.startTag?.upperBound ?? 0)
        }
        return (head?.startTag?.lowerBound ?? 0)..<upper
    }
}
