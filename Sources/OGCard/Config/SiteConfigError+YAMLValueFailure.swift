extension SiteConfigError: YAMLValueFailure {
    /// A bad value in ogcard.yml: the key is its own field, shown as `ogcard.yml:LINE: key: reason`.
    static func yamlValue(file: String, line: Int?, key: String?, reason: String) -> SiteConfigError {
        SiteConfigError(file: file, line: line, key: key, step: .validating, reason: reason)
    }
}
