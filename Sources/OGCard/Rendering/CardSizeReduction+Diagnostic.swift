extension CardSizeReduction {
    /// What a build says about it, on `post`: a note when the card fits losslessly, a warning when
    /// colours were lost or the card is still over budget. Sizes in KB (1000 bytes), as `ogcard bench`.
    func diagnostic(post: String, card: String) -> Diagnostic {
        func kb(_ bytes: Int) -> String { bytes >= 10_000 ? "\(bytes / 1000) KB" : "\(bytes) bytes" }
        let over = "\(card) was \(kb(originalBytes)), over max_card_bytes (\(kb(budget)))"
        let written: String
        switch method {
        case .palette: written = "re-encoded losslessly as a palette PNG: \(kb(finalBytes))"
        case .bestCompression: written = "re-encoded losslessly at zlib's best level: \(kb(finalBytes))"
        case .quantized:
            written = "re-encoded with a \(colours ?? 256)-colour palette (lossy): \(kb(finalBytes))"
        }
        let advice = fits ? "" : "; still over budget: simplify the design or raise max_card_bytes in ogcard.yml"
        return Diagnostic(
            fits && !isLossy ? .note : .warning, file: post, step: .encodePNG, reason: "\(over); \(written)\(advice)")
    }
}
