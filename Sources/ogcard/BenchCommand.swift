import ArgumentParser
import Foundation
import OGCard

/// `ogcard bench`: rendering throughput.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure rendering speed.")
    func run() throws {}
}
