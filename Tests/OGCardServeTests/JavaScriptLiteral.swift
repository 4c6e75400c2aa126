import Foundation

/// A Swift string as a JavaScript string literal (for values spliced into evaluated code).
enum JavaScriptLiteral {
    static func quoted(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text])
        let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
        return String(array.dropFirst().dropLast())
    }
}
