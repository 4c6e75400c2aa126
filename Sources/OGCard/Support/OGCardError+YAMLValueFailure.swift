extension OGCardError: YAMLValueFailure {
    /// A bad value in a layout file: the key path leads the reason, `'layers[2].size': …`.
    static func yamlValue(file: String, line: Int?, key: String?, reason: String) -> OGCardError {
        OGCardError(path: file, line: line, step: .readingLayout, reason: (key.map { "'\($0)': " } ?? "") + reason)
    }
}
