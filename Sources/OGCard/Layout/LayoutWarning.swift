/// Something a card could not show as asked, reported to the caller instead of failing the card.
public struct LayoutWarning: Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, so callers can filter without parsing the message.
    public enum Kind: String, Hashable, Sendable {
        /// `logoUrl` is remote and no local file is mapped to it; ogcard never downloads.
        case remoteLogoNotMapped
        /// `logoUrl` (or its mapped file) names a file that does not exist.
        case logoFileMissing
        /// The logo file is not a PNG, the only format the renderer reads.
        case logoNotPNG
        /// An image (a logo, a layout's picture) lies outside the site and ogcard's own assets,
        /// and no `logos:` entry maps it: a post may not publish an arbitrary local file.
        case imageOutsideSite
        /// The logo's PNG header declares a size over `InputLimits.imageSide`; it is not decoded.
        case logoTooLarge
    }

    /// The kind of warning.
    public var kind: Kind
    /// A sentence for the user.
    public var message: String

    /// Creates a warning.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
