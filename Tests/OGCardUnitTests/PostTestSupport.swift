import Foundation

@testable import OGCard

/// Shared helpers for the post tests.
enum PostTestSupport {
    static func post(_ text: String, path: String = "_posts/2017-06-02-pycon-us-2017.md") throws -> Post {
        try PostReader.parse(Data(text.utf8), path: path)
    }

    static func rewrite(
        _ text: String, to value: String = "/assets/og/pycon-us-2017.png",
        options: ImageRewriteOptions = ImageRewriteOptions()
    ) throws -> (ImageRewriteOutcome, String) {
        let result = try ImageLineRewriter(options: options).rewrite(Data(text.utf8), to: value, path: "post.md")
        return (result.outcome, String(decoding: result.data, as: UTF8.self))
    }
}
