import Foundation
import Testing

@testable import OGCard

/// The bundled layout files reproduce, layer for layer, the layouts ogcard built in Swift before
/// designs became data: so moving them changed no pixel.
@Suite struct LayoutFileParityTests {
    @Test func everyStyleFileMatchesTheSwiftLayout() throws {
        for (label, parameters) in try OpenGraphImageCases.all() {
            var reference = SwiftReferenceLayout(parameters).layout()
            let fromFile = try OpenGraphImageLayout(parameters).layout()
            if parameters.style == .devto, parameters.titleAlign.textAlignment == .center {
                // The Swift code ignored text-center on devto; the file honours it.
                reference.layers = reference.layers.map { layer in
                    guard case .text(var text) = layer else { return layer }
                    text.alignment = .center
                    return .text(text)
                }
            }
            #expect(fromFile.name == reference.name, "\(label)")
            #expect(fromFile.background == reference.background, "\(label)")
            // Pill rows now come before the title in the files (a frame refers to rows above it);
            // they never overlap it, so the drawing order does not matter.
            #expect(Set(fromFile.layers.map(\.name)) == Set(reference.layers.map(\.name)), "\(label)")
            for layer in reference.layers {
                let match = fromFile.layers.first { $0.name == layer.name }
                #expect(match == layer, "\(label): layer \(layer.name)\nfile:  \(String(describing: match))\nswift: \(layer)")
            }
        }
    }
}
