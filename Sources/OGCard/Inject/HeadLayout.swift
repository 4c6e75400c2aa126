/// Where a page's head is in its bytes: the managed tags it already has (to be replaced), and
/// the anchors a new block of tags can go after or before, as a browser would read it.
struct HeadLayout: Sendable, Hashable {
    /// Source ranges of the head's managed `<meta>` tags, in order.
    var managed: [Range<Int>] = []
    /// The `</head>` end tag, when the page has one.
    var endTag: Range<Int>?
    /// The end of the last head element written in the page (`</title>`, a `<meta>`), when any.
    var lastChildEnd: Int?
    /// Where the start of the last head element written in the page is.
    var lastChildStart: Int?
    /// The start of an element of the head that the page never closes (its text runs to the end
    /// of the file), when it comes after every closed one: the tags go before it.
    var unclosedStart: Int?
    /// The end of `<head>`'s start tag, when written.
    var startTagEnd: Int?
    /// The end of `<html>`'s start tag, when written.
    var htmlStartTagEnd: Int?
    /// The end of the doctype, when the page has one (else 0).
    var doctypeEnd: Int = 0
}
