/// An element of a parsed page, with the byte ranges of its tags in the page's source.
///
/// The parser inserts elements a page leaves out (`<head>`, `<body>`, even `<html>`), as a
/// browser does; those have no `startTag`. An element closed implicitly has no `endTag`.
struct HTMLElement: Sendable {
    /// The tag name, lower case (`meta`, `title`; unknown tags as written, lower-cased).
    var name: String
    /// Attributes by lower-case name; the first of a repeated name wins, as in browsers.
    var attributes: [String: String]
    /// Where the start tag is in the source (`<meta …>` with its closing `>`), or nil when implied.
    var startTag: Range<Int>?
    /// Where the end tag is in the source, or nil when implied or void.
    var endTag: Range<Int>?
    /// Child elements and text, in order.
    var children: [HTMLNode]

    /// The attribute `name` (lower case), or nil.
    subscript(_ name: String) -> String? { attributes[name] }

    /// Child elements, in order.
    var elements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every element below this one, depth first, in document order.
    var descendants: [HTMLElement] {
        var result: [HTMLElement] = []
        var stack = Array(elements.reversed())
        while let next = stack.popLast() {
            result.append(next)
            stack += next.elements.reversed()
        }
        return result
    }

    /// The first element below this one (depth first) named `name`.
    func first(_ name: String) -> HTMLElement? {
        descendants.first { $0.name == name }
    }

    /// The text inside, as a reader sees it: every text node below, whitespace collapsed. Text
    /// of `script`, `style`, `template` and `noscript` is not shown, so it is left out.
    var text: String {
        var parts: [String] = []
        var stack: [HTMLNode] = children.reversed()
        while let next = stack.popLast() {
            switch next {
            case .text(let text): parts.append(text)
            case .element(let element):
                guard !["script", "style", "template", "noscript"].contains(element.name) else { continue }
                stack += element.children.reversed()
            }
        }
        return parts.joined().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The text exactly as the parser decoded it (for `<script>` JSON and `<title>`).
    var rawText: String {
        children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }
}
