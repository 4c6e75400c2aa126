/// One platform's link preview as the post page draws it: the width the card is shown at,
/// the crop (aspect ratio), and which chrome (texts around the image) the platform adds.
///
/// All platforms in one place, with where each number comes from, so they can be updated when
/// a platform changes. Widths are the desktop web clients' (the largest common rendering);
/// aspect ratios are what each platform crops a 1200×630 card to (/work/shared/docs/PLATFORMS.md
/// and the platforms' documentation; "third party" where a platform documents nothing).
struct PlatformMockup: Sendable {
    /// The CSS class of its chrome (`mock-x`, …).
    var key: String
    /// The platform's name.
    var name: String
    /// What the mock-up shows, for the caption.
    var note: String
    /// Displayed width of the image, in CSS pixels.
    var width: Int
    /// Displayed height: width over the platform's aspect ratio.
    var height: Int
    /// Where the numbers come from.
    var source: String

    /// Every platform, in the order the page shows them.
    static let all: [PlatformMockup] = [
        PlatformMockup(
            key: "x", name: "X", note: "summary_large_image: 2:1 crop, only the domain over the image", width: 504,
            height: 252, source: "developer.x.com cards docs (2:1); timeline width of x.com (third party)"),
        PlatformMockup(
            key: "facebook", name: "Facebook", note: "1.91:1, domain, title and description below", width: 500,
            height: 261, source: "developers.facebook.com sharing docs (1.91:1); feed width (third party)"),
        PlatformMockup(
            key: "linkedin", name: "LinkedIn", note: "1.91:1 (1200×627), title and domain below", width: 552,
            height: 289, source: "LinkedIn post inspector (third party)"),
        PlatformMockup(
            key: "slack", name: "Slack", note: "unfurl: site, title, description, then the image", width: 360,
            height: 189, source: "Slack platform blog (summary_large_image); unfurl width (third party)"),
        PlatformMockup(
            key: "discord", name: "Discord", note: "embed with a colour stripe; wide images large", width: 400,
            height: 209, source: "Discord embeds (third party)"),
        PlatformMockup(
            key: "mastodon", name: "Mastodon", note: "preview card: image on top, 1.91:1", width: 500, height: 262,
            source: "mastodon/mastodon PR #30398 (card layout)"),
        PlatformMockup(
            key: "imessage", name: "iMessage", note: "large preview: image, title and domain in a bubble",
            width: 300, height: 157, source: "Apple LinkPresentation (third party sizes)"),
        PlatformMockup(
            key: "whatsapp", name: "WhatsApp", note: "small square thumbnail beside the text", width: 96, height: 96,
            source: "reports in many issue trackers (square centre crop)"),
    ]
}
