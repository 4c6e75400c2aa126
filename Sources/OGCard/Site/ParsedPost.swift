import Foundation

/// A post read during a build's scan, with what later steps need from its file.
struct ParsedPost: Sendable {
    let post: Post
    let source: URL
    let relativePath: String
    /// The first prose paragraph, for a description fallback (the rest of the body is not kept).
    let firstParagraph: String
    /// FNV-1a of the file's bytes as scanned (the manifest's `source` unless the post is rewritten).
    let sourceFingerprint: String

    /// The post and its opengraphimg URL, when its `image:` is one that parses.
    var openGraphImageURL: (post: Post, url: OpenGraphImageURL)? {
        guard let image = post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image),
            let url = try? OpenGraphImageURL.parse(image)
        else { return nil }
        return (post, url)
    }
}
