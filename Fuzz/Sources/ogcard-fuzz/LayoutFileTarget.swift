import Foundation
import OGCard

/// Layout files (`Assets/layouts/*.yml` and a site's own): parsing, validation and parameter binding.
///
/// Input: the text of a layout file, read as if it sat beside the built-in layouts (so their relative
/// image paths resolve). The first byte also picks the value bound to each declared parameter.
///
/// Properties:
/// - parsing fails only with a `Diagnostic`, and a file that loads has a canvas inside the
///   documented 16…4096 px and parses to the same layout a second time;
/// - binding any declared parameter to a value of any kind (including the wrong kind, zero,
///   negative and huge numbers) gives a layout or a `Diagnostic`, never a trap.
enum LayoutFileTarget: FuzzTarget {
    static let name = "layout"
    static let summary = "layout file parse + parameter binding (errors, never traps; deterministic)"

    /// Where the fuzzed file pretends to be: beside the built-in layouts.
    static let url = LayoutFile.builtInDirectory().appendingPathComponent("fuzz.yml")

    /// Values bound to parameters: right and wrong kinds, edge numbers, no file.
    static let bindingValues: [LayoutValue] = [
        .number(0), .number(-1), .number(1e9), .number(-1e9), .number(0.5),
        .text(""), .text("center"), .text("Open Sans"), .text("#"),
        .color(.clear), .color(.black), .flag(true), .flag(false),
        .insets(EdgeInsets(top: -2000, right: 5000, bottom: 0, left: 1)), .insets(.zero),
        .file(nil), .file(LayoutFile.builtInDirectory().appendingPathComponent("missing.png")),
    ]

    static func test(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        let file: LayoutFile
        do {
            file = try LayoutFile.parse(text, url: url)
        } catch {
            return  // A Diagnostic naming the line is the expected answer for a bad file.
        }
        let canvas = file.defaultLayout
        FuzzCheck.require((16...4096).contains(canvas.width) && (16...4096).contains(canvas.height),
                          "canvas \(canvas.width)×\(canvas.height) outside 16…4096")
        do {
            let again = try LayoutFile.parse(text, url: url)
            FuzzCheck.require(again.defaultLayout == file.defaultLayout && again.parameterDefaults == file.parameterDefaults,
                              "the same file parsed to a different layout")
        } catch {
            FuzzCheck.require(false, "the same file failed the second time: \(error)")
        }
        let choice = Int(data.first ?? 0)
        for (offset, name) in file.parameterDefaults.keys.sorted().enumerated() {
            let value = bindingValues[(choice + offset) % bindingValues.count]
            _ = try? file.layout([name: value])
        }
        let all = Dictionary(uniqueKeysWithValues: file.parameterDefaults.keys.sorted().enumerated().map { offset, name in
            (name, bindingValues[(choice * 7 + offset) % bindingValues.count])
        })
        _ = try? file.layout(all)
    }
}
