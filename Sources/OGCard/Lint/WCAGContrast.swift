import Foundation

/// WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
enum WCAGContrast {
    /// The relative luminance of an sRGB colour, 0 (black) to 1 (white).
    static func luminance(red: UInt8, green: UInt8, blue: UInt8) -> Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio of two luminances, 1 (same) to 21 (black on white).
    static func ratio(_ a: Double, _ b: Double) -> Double {
        (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// `color` drawn over the opaque `background`, as the eye sees it (straight alpha blending).
    static func composite(_ color: RGBAColor, over background: (UInt8, UInt8, UInt8)) -> (UInt8, UInt8, UInt8) {
        let alpha = Double(color.alpha) / 255
        func mix(_ top: UInt8, _ bottom: UInt8) -> UInt8 {
            UInt8((Double(top) * alpha + Double(bottom) * (1 - alpha)).rounded())
        }
        return (mix(color.red, background.0), mix(color.green, background.1), mix(color.blue, background.2))
    }
}
