/// Horizontal text alignment from Tailwind's `text-left` / `text-center` / `text-right` / `text-justify`.
public enum TailwindTextAlignment: String, Hashable, Sendable, CaseIterable {
    /// `text-left`.
    case left
    /// `text-center`.
    case center
    /// `text-right`.
    case right
    /// `text-justify`.
    case justify
}
