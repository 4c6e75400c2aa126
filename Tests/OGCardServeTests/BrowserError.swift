/// The browser did not answer as expected.
struct BrowserError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
