/// Why Hugo refuses a `[permalinks]` pattern (and with it the whole site).
package struct HugoPermalinkError: Error, Hashable, Sendable {
    /// What is wrong.
    package enum Problem: Hashable, Sendable {
        /// Hugo's "permalink ill-formed": an empty path segment, or a token Hugo does not know
        /// (`:contentbasename` arrived only after 0.111).
        case illFormed(token: String?)
        /// Hugo's "permalink attribute not recognised".
        case unknownAttribute(token: String)
    }

    /// The pattern as written.
    package var pattern: String
    /// What is wrong with it.
    package var problem: Problem

    /// Hugo's message, with the token when there is one.
    package var message: String {
        switch problem {
        case .illFormed(nil): "error expanding \"\(pattern)\": permalink ill-formed"
        case .illFormed(let token?): "error expanding \"\(pattern)\": permalink ill-formed (unknown token \(token))"
        case .unknownAttribute(let token):
            "error expanding \"\(pattern)\": permalink attribute not recognised (\(token))"
        }
    }
}
