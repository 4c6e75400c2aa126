/// The steps of ogcard's work, from reading the config to writing the manifest. Every
/// `Diagnostic` names one, so a message says what ogcard was doing when it failed.
public enum BuildStep: String, Hashable, Sendable, Codable, CaseIterable {
    // The site.
    /// Reading ogcard.yml or the generator's config file.
    case readConfig = "reading the config"
    /// Checking the config's keys and values.
    case checkConfig = "checking the config"
    /// Taking the site's lock so two builds never interleave.
    case lockSite = "locking the site"
    /// Reading `.ogcard-manifest.json`.
    case readManifest = "reading the manifest"
    /// Listing the posts folders.
    case findPosts = "finding posts"

    // A post.
    /// Reading a post file.
    case readPost = "reading the post"
    /// Finding the front-matter block.
    case findFrontMatter = "finding the front matter"
    /// Parsing YAML front matter.
    case parseYAML = "parsing YAML front matter"
    /// Parsing TOML front matter.
    case parseTOML = "parsing TOML front matter"
    /// Parsing JSON front matter.
    case parseJSON = "parsing JSON front matter"
    /// Reading the fields a card shows (title, date, tags …).
    case readFields = "reading the front matter's fields"
    /// Reading an opengraphimg URL.
    case readURL = "reading the opengraphimg URL"
    /// Keeping an opengraphimg URL's design before the URL is replaced (ogcard.yml, `ogcard:` lines).
    case keepDesign = "keeping the opengraphimg design"

    // A card.
    /// Reading or validating a layout file.
    case readLayout = "reading the layout"
    /// Loading the fonts into the private font set.
    case loadFonts = "loading fonts"
    /// Choosing the design and resolving its layout, logo and images.
    case layOut = "laying out the card"
    /// Making page and image URLs absolute.
    case makeURLs = "making URLs"
    /// Drawing a card.
    case render = "rendering the card"
    /// Encoding pixels as PNG.
    case encodePNG = "encoding the PNG"
    /// Writing the card file.
    case writeCard = "writing the card"
    /// Writing the post's meta-tag snippet.
    case writeSnippet = "writing the snippet"
    /// Pointing the post's `image:` line at its card.
    case rewritePost = "rewriting the post"
    /// Checking, right before replacing a post, that it is still the bytes that were parsed.
    case checkUnchanged = "checking the post is unchanged"

    // The site's outputs.
    /// Writing the meta JSON index.
    case writeMetaJSON = "writing the meta JSON"
    /// Deleting cards and snippets whose post is gone.
    case prune = "pruning"
    /// Writing `.ogcard-manifest.json`.
    case writeManifest = "writing the manifest"

    // `ogcard inject`: a built site's pages.
    /// Listing the HTML pages of a built site's folder.
    case findPages = "finding pages"
    /// Reading a built page.
    case readPage = "reading the page"
    /// Parsing a page's HTML and what it says about itself.
    case parseHTML = "parsing the HTML"
    /// Writing the page with its tags in its head.
    case injectTags = "writing the page's tags"

    // The build-tool plugin (OGCardBuildPlugin) and its outputs.
    /// Copying the site from the package into the plugin's work folder.
    case copySite = "copying the site"
    /// Writing the plugin's outputs: the cards' index and the cards.
    case writePluginOutput = "writing the plugin's outputs"
    /// Reading the plugin's outputs at run time (`SocialCards`).
    case readPluginOutput = "reading the plugin's outputs"

    // `ogcard lint` and `ogcard build --strict`.
    /// Reading `Assets/lint/platforms.yml`, the platforms' rules.
    case readLintRules = "reading the lint rules"
    /// Checking a card and its tags against the platforms' rules.
    case lint = "linting"

    // Anything else.
    /// Writing a file atomically (the caller's step usually replaces this one).
    case writeFile = "writing a file"
}
