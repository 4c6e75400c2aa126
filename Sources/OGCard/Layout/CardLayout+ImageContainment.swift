import Foundation

extension CardLayout {
    /// The layout without the images `allowed` refuses (image layers dropped, pill icons
    /// removed), and the refused files, in layer order.
    func keepingImages(where allowed: (URL) -> Bool) -> (layout: CardLayout, refused: [URL]) {
        var kept = self
        var refused: [URL] = []
        kept.layers = layers.compactMap { layer -> CardLayer? in
            switch layer {
            case .image(let image) where !allowed(image.file):
                refused.append(image.file)
                return nil
            case .pillRow(var row):
                if let icon = row.icon, !allowed(icon.file) {
                    refused.append(icon.file)
                    row.icon = nil
                }
                return .pillRow(row)
            default:
                return layer
            }
        }
        return (kept, refused)
    }
}
