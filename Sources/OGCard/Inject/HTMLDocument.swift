import CGumbo
import Foundation

/// A page parsed with gumbo, Google's HTML5 parser: the tree a browser builds (implied
/// `<head>` and `<body>` included), with each element's source offsets, so edits can be
/// spliced into the original bytes.
struct HTMLDocument: Sendable {
    /// The `<html>` element (always present: the parser creates it when the page has none).
    var root: HTMLElement
    /// Where the `<!DOCTYPE …>` ends, when the page has one; 0 otherwise.
    var doctypeEnd: Int

    /// The deepest element nesting converted; below it the tree is cut (gumbo itself has no
    /// limit, and pages nested that deep hold nothing a card needs).
    static let maximumDepth = 512

    /// Parses `bytes` (UTF-8).
    init(parsing bytes: [UInt8]) {
        // A browser drops a UTF-8 byte-order mark before parsing; gumbo would read it as text
        // (closing the head at once), so it is left out and the offsets moved past it.
        let shift = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let parse = GumboParse(Array(bytes[shift...]))
        var root = HTMLElement(name: "html", attributes: [:], startTag: nil, endTag: nil, children: [])
        if let node = parse.output.pointee.root {
            root = Self.element(node, base: parse.base, shift: shift, depth: 0)
        }
        self.root = root
        doctypeEnd = 0
        if let document = parse.output.pointee.document, document.pointee.v.document.has_doctype {
            doctypeEnd = Self.doctypeEnd(bytes)
        }
    }

    /// The `<head>` element (the parser always makes one).
    var head: HTMLElement? { root.elements.first { $0.name == "head" } }

    /// The `<body>` element.
    var body: HTMLElement? { root.elements.first { $0.name == "body" } }

    /// The offset after the doctype's `>`; the doctype is the first markup of a page that has one.
    private static func doctypeEnd(_ bytes: [UInt8]) -> Int {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "<")),
            let close = bytes[open...].firstIndex(of: UInt8(ascii: ">"))
        else { return 0 }
        let word = String(decoding: bytes[open..<min(close, open + 9)], as: UTF8.self).lowercased()
        return word == "<!doctype" ? close + 1 : 0
    }

    private static func element(
        _ node: UnsafeMutablePointer<GumboNode>, base: UnsafePointer<CChar>, shift: Int, depth: Int
    )
        -> HTMLElement
    {
        let element = node.pointee.v.element
        var name = String(cString: gumbo_normalized_tagname(element.tag))
        if name.isEmpty || element.tag == GUMBO_TAG_UNKNOWN {
            var piece = element.original_tag
            gumbo_tag_from_original_text(&piece)
            name =
                piece.data.map {
                    String(decoding: UnsafeRawBufferPointer(start: $0, count: piece.length), as: UTF8.self)
                }?
                .lowercased() ?? ""
        }
        var attributes: [String: String] = [:]
        for index in 0..<Int(element.attributes.length) {
            guard let raw = element.attributes.data[index] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
            let key = String(cString: attribute.name).lowercased()
            if attributes[key] == nil { attributes[key] = String(cString: attribute.value) }
        }
        var children: [HTMLNode] = []
        if depth < maximumDepth {
            for index in 0..<Int(element.children.length) {
                guard let raw = element.children.data[index] else { continue }
                let child = raw.assumingMemoryBound(to: GumboNode.self)
                switch child.pointee.type {
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                    children.append(.element(Self.element(child, base: base, shift: shift, depth: depth + 1)))
                case GUMBO_NODE_TEXT, GUMBO_NODE_CDATA:
                    children.append(.text(String(cString: child.pointee.v.text.text)))
                default:
                    continue
                }
            }
        }
        return HTMLElement(
            name: name, attributes: attributes, startTag: range(element.original_tag, base: base, shift: shift),
            endTag: range(element.original_end_tag, base: base, shift: shift), children: children)
    }

    private static func range(_ piece: GumboStringPiece, base: UnsafePointer<CChar>, shift: Int) -> Range<Int>? {
        guard piece.length > 0, let data = piece.data else { return nil }
        let start = base.distance(to: data) + shift
        return start..<start + piece.length
    }
}

/// gumbo's output and the buffer it points into, freed together when the parse is done.
private final class GumboParse {
    /// A copy of the page: gumbo's tree points into it, so it lives as long as the tree.
    let buffer: UnsafeMutableBufferPointer<CChar>
    let output: UnsafeMutablePointer<GumboOutput>

    var base: UnsafePointer<CChar> { UnsafePointer(buffer.baseAddress!) }

    init(_ bytes: [UInt8]) {
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(1, bytes.count))
        bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { _ = buffer.initialize(from: $0) }
        }
        self.buffer = buffer
        output = withUnsafePointer(to: kGumboDefaultOptions) {
            gumbo_parse_with_options($0, buffer.baseAddress!, bytes.count)
        }
    }

    deinit {
        withUnsafePointer(to: kGumboDefaultOptions) { gumbo_destroy_output($0, output) }
        buffer.deallocate()
    }
}
