extension CardLayout {
    /// The front-matter keys the layout shows beyond the named fields: `field: subtitle` or
    /// `items: category`. A card's content carries only these, so a post's other keys (its
    /// `image:` line, which the build rewrites) never change the card's digest.
    var customFieldNames: Set<String> {
        var names = Set<String>()
        func add(_ source: ItemSource?) {
            if case .field(.custom(let name))? = source { names.insert(name) }
        }
        for layer in layers {
            switch layer {
            case .text(let text):
                add(.field(text.field))
                add(text.frameWhenEmpty?.source)
            case .pillRow(let row):
                add(row.source)
            case .rectangle, .image:
                break
            }
        }
        return names
    }
}
