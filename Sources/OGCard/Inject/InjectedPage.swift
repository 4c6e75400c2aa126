/// One page as the first pass read it: its fingerprint (the second pass writes only if the page
/// is still these bytes) and what it says about itself.
struct InjectedPage: Sendable {
    /// The page's path as found, and relative to the folder.
    var found: PageFinder.Found
    /// FNV-1a of the bytes read.
    var fingerprint: String
    /// What the page says.
    var facts: PageFacts
}
