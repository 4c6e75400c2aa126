public import Foundation

extension CardLayout {
    /// Every image file the layout draws (image layers, pill icons such as logos), in layer
    /// order. Their bytes are part of a card's digest.
    public var imageFiles: [URL] {
        layers.compactMap { layer -> URL? in
            switch layer {
            case .image(let image): image.file
            case .pillRow(let row): row.icon?.file
            case .rectangle, .text: nil
            }
        }
    }
}
