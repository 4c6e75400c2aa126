/// The parameter names the opengraphimg service read, spelled as the service spelled them.
enum OpenGraphImageParameterName: String, CaseIterable, Sendable {
    case style, title, tags, author, atSymbol
    case background, boxBackground, boxOverlayBackground, borderColor
    case titleColor, titleAlign, titleSize, titleMargin, detailsMargin
    case tagsColor, tagsSize, tagBackground
    // The service's own misspelling is the real name; `authorBackground` is accepted as an alias.
    case authorBackgroud
    case authorColor, authorSize
    case logoUrl, logoSize, logoMargin

    /// Maps a name from a URL (or config) to its parameter, accepting the known aliases.
    /// Case-sensitive, because the service read JavaScript globals.
    static func lookup(_ name: String) -> OpenGraphImageParameterName? {
        switch name {
        // Spelled so from 2020-10-26 to 2020-11-07; URLs from that time still carry it.
        case "tagBackgroud": .tagBackground
        case "authorBackground": .authorBackgroud
        default: OpenGraphImageParameterName(rawValue: name)
        }
    }
}
