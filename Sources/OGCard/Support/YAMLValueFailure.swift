/// An error type a `YAMLNodeReader` reports bad values with: each file kind keeps its own error
/// (`SiteConfigError` for ogcard.yml, `OGCardError` for layouts) while sharing one reader.
protocol YAMLValueFailure: Error {
    /// The error for the value at `key` (a dotted path) on `line` of `file`.
    static func yamlValue(file: String, line: Int?, key: String?, reason: String) -> Self
}
