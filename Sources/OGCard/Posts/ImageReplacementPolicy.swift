/// Decides which existing `image` values may be replaced by a generated card.
public enum ImageReplacementPolicy {
    /// Whether `value` points at an opengraphimg.com generator, such as
    /// `https://generator.opengraphimg.com/?title=…`, `…/view?…`,
    /// `opengraphimg.com/opengraph?…` or `…/.netlify/functions/generate-opengraph?…`,
    /// with or without a scheme. Only the host is checked, so a local path that merely
    /// mentions the name (`/img/opengraphimg.com.png`) does not match.
    public static func isOpenGraphImgURL(_ value: String) -> Bool {
        var rest = Substring(value.trimmingSpaces().lowercased())
        for scheme in ["https://", "http://", "//"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            break
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostWithoutPort = host.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return hostWithoutPort.contains("opengraphimg.com")
    }

    /// Whether a post whose current image is `existing` may get a new one: always when it
    /// has none (or an empty one), when the current one is an opengraphimg URL, or when `force`.
    public static func shouldReplace(existing: String?, force: Bool) -> Bool {
        guard let existing, !existing.trimmingSpaces().isEmpty else { return true }
        return force || isOpenGraphImgURL(existing)
    }
}
