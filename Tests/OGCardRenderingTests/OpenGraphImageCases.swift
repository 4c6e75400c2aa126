import Foundation

@testable import OGCard

/// Real opengraphimg URL parameter sets (shared/docs/opengraphimg.md) and each style's defaults.
enum OpenGraphImageCases {
    /// webology's modern cards (59 posts use these parameters).
    static let webology =
        "https://generator.opengraphimg.com/?atSymbol=true&author=webology&authorSize=text-2xl&style=modern&tags=pycon&title=PyCon+US+2017"
    /// danestves' custom cards.
    static let danestves =
        "https://generator.opengraphimg.com/?title=Hello World&tags=react,nextjs&author=danestves&background=00C389FF&boxBackground=071D49FF&titleMargin=-mt-12&tagsSize=text-3xl&atSymbol=true&authorSize=text-3xl"
    /// Parameters off the defaults: sizes, alignment, margins, alpha colours, several classes in one value.
    static let unusual = [
        "https://generator.opengraphimg.com/?style=classic&title=Right&titleAlign=text-right&titleSize=text-4xl&detailsMargin=-m-10&tagsColor=ff000080&tags=a,b",
        "https://generator.opengraphimg.com/?style=devto&title=Centred&titleAlign=text-center&titleMargin=-mt-8 -mx-8&author=me&authorBackgroud=00ff00&borderColor=000&boxOverlayBackground=ff0",
        "https://generator.opengraphimg.com/?style=modern&title=Tall&titleSize=text-5xl&tags=x,y,z&tagBackground=ff0000&authorBackgroud=00ff00&author=me&titleMargin=-mt-4",
    ]

    static func parameters(_ url: String) throws -> OpenGraphImageResolvedParameters {
        try OpenGraphImageURL.parse(url).parameters.resolved()
    }

    static func content(_ url: String) throws -> CardContent {
        let parameters = try parameters(url)
        return CardContent(title: parameters.title, author: parameters.author, tags: parameters.tags)
    }
}
