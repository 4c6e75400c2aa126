/// One node of a parsed HTML page: an element or a run of text, with where it sits in the page's
/// bytes. Comments, doctypes and whitespace-only text are left out (nothing ogcard reads is in them).
indirect enum HTMLNode: Sendable {
    /// An element.
    case element(HTMLElement)
    /// Text (or CDATA), entities decoded.
    case text(String)
}
