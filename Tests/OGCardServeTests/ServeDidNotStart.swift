/// The server printed no URL.
struct ServeDidNotStart: Error, CustomStringConvertible {
    let output: String
    var description: String { "ogcard serve printed no URL:\n\(output)" }
}
