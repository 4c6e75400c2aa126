import OGCard

/// The interactive renderer's `CardRenderer`, made on first use.
final class RendererSlot {
    var renderer: CardRenderer?
}
