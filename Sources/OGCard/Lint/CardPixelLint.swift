import Foundation

/// What `ogcard lint` measures on a card's pixels: each text layer's contrast against what is
/// really behind its glyphs, and text ink a platform's crop cuts off.
enum CardPixelLint {
    /// Each text layer's contrast (pills of one row together), in drawing order. Only pixels
    /// where the text put paint count; the background there is the card drawn without text.
    static func contrasts(_ card: CardInspection, normal: Double, large: Double) -> [LintContrast] {
        var order: [String] = []
        var pieces: [String: [CardTextInk]] = [:]
        for ink in card.text {
            if pieces[ink.layer] == nil { order.append(ink.layer) }
            pieces[ink.layer, default: []].append(ink)
        }
        return order.compactMap { layer in
            let inks = pieces[layer] ?? []
            var samples: [(ratio: Double, background: (UInt8, UInt8, UInt8))] = []
            for ink in inks {
                let bounds = card.pixelBounds(ink.rect)
                for y in bounds.ys {
                    for x in bounds.xs where card.isInk(x: x, y: y) {
                        let behind = card.backgroundColor(x: x, y: y)
                        let seen = WCAGContrast.composite(ink.color, over: behind)
                        let ratio = WCAGContrast.ratio(
                            WCAGContrast.luminance(red: seen.0, green: seen.1, blue: seen.2),
                            WCAGContrast.luminance(red: behind.0, green: behind.1, blue: behind.2))
                        samples.append((ratio, behind))
                    }
                }
            }
            // Text on its own colour leaves no ink at all: as unreadable as it gets.
            guard let first = inks.first else { return nil }
            let isLarge = inks.allSatisfy(\.isLarge)
            let text = inks.map(\.text).joined(separator: " · ")
            guard !samples.isEmpty else {
                let behind =
                    inks.first.map { ink -> (UInt8, UInt8, UInt8) in
                        let bounds = card.pixelBounds(ink.rect)
                        guard let x = bounds.xs.first, let y = bounds.ys.first else { return (255, 255, 255) }
                        return card.backgroundColor(x: x, y: y)
                    } ?? (255, 255, 255)
                return LintContrast(
                    layer: layer, text: text, textColor: first.color.description,
                    background: RGBAColor(red: behind.0, green: behind.1, blue: behind.2).description,
                    ratio: rounded(
                        WCAGContrast.ratio(
                            WCAGContrast.luminance(
                                red: first.color.red, green: first.color.green, blue: first.color.blue),
                            WCAGContrast.luminance(red: behind.0, green: behind.1, blue: behind.2))),
                    required: isLarge ? large : normal, large: isLarge)
            }
            samples.sort { $0.ratio < $1.ratio }
            let worst = samples[samples.count / 20]
            return LintContrast(
                layer: layer, text: text, textColor: first.color.description,
                background: RGBAColor(red: worst.background.0, green: worst.background.1, blue: worst.background.2)
                    .description,
                ratio: rounded(worst.ratio), required: isLarge ? large : normal, large: isLarge)
        }
    }

    /// The band a crop to `aspect` (width / height) keeps, centred: X keeps 1200×600 of 1200×630.
    static func cropBand(width: Int, height: Int, aspect: Double) -> CardRect {
        let w = Double(width), h = Double(height)
        if w / h < aspect {
            let kept = (w / aspect).rounded()
            return CardRect(x: 0, y: ((h - kept) / 2).rounded(.down), width: w, height: kept)
        }
        let kept = (h * aspect).rounded()
        return CardRect(x: ((w - kept) / 2).rounded(.down), y: 0, width: kept, height: h)
    }

    /// Text layers with ink outside the band a crop to `aspect` keeps.
    static func cropSpills(_ card: CardInspection, aspect: Double) -> [LintCropSpill] {
        let band = cropBand(width: card.width, height: card.height, aspect: aspect)
        var order: [String] = []
        var found: [String: (pixels: Int, depth: Int)] = [:]
        var counted = Set<Int>()
        for ink in card.text {
            let bounds = card.pixelBounds(ink.rect)
            for y in bounds.ys {
                for x in bounds.xs {
                    let inside =
                        Double(x) >= band.x && Double(x) < band.maxX && Double(y) >= band.y && Double(y) < band.maxY
                    guard !inside, card.isInk(x: x, y: y), counted.insert(y * card.width + x).inserted else { continue }
                    let depth = Int(
                        max(
                            band.y - Double(y), Double(y + 1) - band.maxY, band.x - Double(x), Double(x + 1) - band.maxX
                        ))
                    if found[ink.layer] == nil { order.append(ink.layer) }
                    let old = found[ink.layer] ?? (0, 0)
                    found[ink.layer] = (old.pixels + 1, max(old.depth, depth))
                }
            }
        }
        return order.map { LintCropSpill(layer: $0, pixels: found[$0]!.pixels, depth: found[$0]!.depth, band: band) }
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded(.down) / 100 }
}
