/// How a text layout treats alignment against its paragraphs' direction.
enum TextDirection {
    /// Pango's default: each paragraph takes the direction of its first strong character, and
    /// `left`/`right` alignment swaps for a right-to-left paragraph (an Arabic title in a
    /// left-aligned box starts at the right).
    case auto
    /// A layout mirrored for a right-to-left card: paragraphs still take their own direction, but
    /// alignment is what the (already swapped) layer says, for every paragraph alike — an English
    /// title on an Arabic site aligns right with the rest of the card.
    case mirrored
}
