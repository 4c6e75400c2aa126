/// What `ImageLineRewriter` did to a post.
package enum ImageRewriteOutcome: Sendable, Equatable {
    /// The image was replaced or added; `line` is the 1-based line now holding the value.
    case changed(line: Int)
    /// The image already had the requested value; the bytes are identical.
    case unchanged
    /// The post was left alone on purpose (policy or options); `reason` says why.
    case skipped(reason: String)
}
