/// Booleans as front matter spells them: YAML 1.1's `yes`/`no`/`on`/`off` as well as
/// `true`/`false`, in any case, which is how Jekyll (Psych) and Hugo (cast.ToBool) read them.
package enum FrontMatterBoolean {
    /// `true`, `false`, or nil when `text` is not a boolean.
    package static func parse(_ text: String) -> Bool? {
        switch text.trimmingSpaces().lowercased() {
        case "true", "yes", "on", "y": true
        case "false", "no", "off", "n": false
        default: nil
        }
    }
}
