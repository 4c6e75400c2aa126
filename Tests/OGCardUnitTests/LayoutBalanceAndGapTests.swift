import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The text layer keys `balance:` and `gap:` (issue 13): read, defaulted, validated, and set in
/// the bundled designs.
@Suite struct LayoutBalanceAndGapTests {
    static func title(_ extra: String) throws(Diagnostic) -> TextLayer? {
        let yaml = """
            canvas: {width: 1200, height: 630}
            layers:
              - text: title
                field: title
                frame: {left: 100, top: 100, right: 1100, bottom: 500}
                font: Inter
                size: 64
            \(extra.isEmpty ? "" : "    " + extra)
            """
        let layout = try LayoutFile.parse(yaml, url: URL(fileURLWithPath: "/tmp/layout.yml")).layout()
        for case .text(let layer) in layout.layers { return layer }
        return nil
    }

    @Test func defaultsAreBalancedWithNoGap() throws {
        let layer = try #require(try Self.title(""))
        #expect(layer.balance == .on)
        #expect(layer.gap == 0)
    }

    @Test func keysAreRead() throws {
        #expect(try Self.title("balance: false")?.balance == .off)
        #expect(try Self.title("balance: true")?.balance == .on)
        #expect(try Self.title("balance: widows")?.balance == .widows)
        #expect(try Self.title("gap: 24")?.gap == 24)
    }

    @Test(arguments: ["balance: sometimes", "gap: -4", "gap: wide"])
    func badValuesAreErrorsNamingTheKey(line: String) throws {
        let key = String(line.prefix { $0 != ":" })
        do {
            _ = try Self.title(line)
            Issue.record("\(line) was accepted")
        } catch {
            #expect(error.description.contains("layers.title.\(key)"), "\(error)")
            #expect(error.line == 8, "\(error)")
        }
    }

    /// ogcard's design balances; the opengraphimg designs keep the service's greedy wrap but
    /// for widows; all keep their title's ink clear of the rows.
    @Test(arguments: ["ogcard", "custom", "classic", "devto", "modern"])
    func bundledDesignsSayWhatTheyDo(name: String) throws {
        var title: TextLayer?
        for case .text(let layer) in try LayoutFile.builtIn(name).layout().layers where layer.field == .title {
            title = layer
        }
        let layer = try #require(title)
        #expect(layer.balance == (name == "ogcard" ? .on : .widows))
        #expect(layer.gap >= 16)
    }
}
