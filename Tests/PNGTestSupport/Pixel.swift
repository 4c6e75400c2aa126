import Foundation

/// One RGBA pixel of a decoded image.
public struct Pixel: Hashable, Sendable, CustomStringConvertible {
    /// Red.
    public var red: UInt8
    /// Green.
    public var green: UInt8
    /// Blue.
    public var blue: UInt8
    /// Alpha.
    public var alpha: UInt8

    /// Creates a pixel.
    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `RRGGBB`.
    public init(hex: String) {
        let value = UInt32(hex, radix: 16) ?? 0
        self.init(red: UInt8(value >> 16 & 0xff), green: UInt8(value >> 8 & 0xff), blue: UInt8(value & 0xff))
    }

    /// The largest channel difference to `other`.
    public func distance(to other: Pixel) -> Int {
        max(
            abs(Int(red) - Int(other.red)), abs(Int(green) - Int(other.green)),
            abs(Int(blue) - Int(other.blue)), abs(Int(alpha) - Int(other.alpha)))
    }

    /// Whether the pixel has clearly unequal channels (a colour, not a grey).
    public var isSaturated: Bool {
        max(red, green, blue) - min(red, green, blue) > 60
    }

    /// `#RRGGBBAA`.
    public var description: String {
        "#" + [red, green, blue, alpha].map { String(format: "%02X", $0) }.joined()
    }
}
