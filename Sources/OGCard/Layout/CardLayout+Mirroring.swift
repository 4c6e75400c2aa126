extension CardLayout {
    /// The layout for a right-to-left card: every box, strip and alignment swapped left for
    /// right, as a page with `dir="rtl"` lays out its rows (the author at the right, the tags at
    /// the left, text aligned right, a start-side accent bar on the right). Paint is unchanged:
    /// gradients, shadows and images are not flipped, as CSS does not flip them.
    func mirrored() -> CardLayout {
        var mirrored = self
        let width = Double(self.width)
        func flip(_ rect: CardRect) -> CardRect {
            CardRect(x: width - rect.x - rect.width, y: rect.y, width: rect.width, height: rect.height)
        }
        mirrored.layers = layers.map { layer in
            switch layer {
            case .rectangle(var rectangle):
                rectangle.frame = flip(rectangle.frame)
                let radii = rectangle.cornerRadii
                rectangle.cornerRadii = CornerRadii(
                    topLeft: radii.topRight, topRight: radii.topLeft, bottomRight: radii.bottomLeft,
                    bottomLeft: radii.bottomRight)
                return .rectangle(rectangle)
            case .text(var text):
                text.frame = flip(text.frame)
                text.frameWhenEmpty = text.frameWhenEmpty.map {
                    ConditionalFrame(whenEmpty: $0.source, frame: flip($0.frame))
                }
                text.alignment = text.alignment.mirrored
                return .text(text)
            case .pillRow(var row):
                (row.left, row.right) = (width - row.right, width - row.left)
                row.alignment = row.alignment.mirrored
                row.rightToLeft.toggle()
                return .pillRow(row)
            case .image(var image):
                image.frame = flip(image.frame)
                return .image(image)
            }
        }
        return mirrored
    }
}

extension TextAlignment {
    /// Left for right and right for left; centre stays.
    var mirrored: TextAlignment {
        switch self {
        case .left: .right
        case .center: .center
        case .right: .left
        }
    }
}
