extension LayoutValue {
    /// A value typed on the command line (`--set titleColor=#ff0000`): a number when it reads as
    /// one, a colour when it is `#` and hex digits, text otherwise. The layout file checks the
    /// value against what the parameter is used for, so a wrong guess is an error naming it.
    package init(commandLine text: String) {
        if let number = Double(text) {
            self = .number(number)
        } else if text.hasPrefix("#"), let color = RGBAColor(hex: text) {
            self = .color(color)
        } else {
            self = .text(text)
        }
    }

    /// A `NAME=VALUE` binding from the command line, or nil without `=`. The value may itself
    /// hold `=`; `=value` gives an empty name (which no layout declares, so it is ignored).
    package static func binding(commandLine text: String) -> (name: String, value: LayoutValue)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        return (String(text[..<equals]), LayoutValue(commandLine: String(text[text.index(after: equals)...])))
    }
}
