import ArgumentParser
import Foundation
import OGCard

/// `ogcard build --watch`: runs a `SiteWatcher` until SIGINT or SIGTERM, printing the first
/// build's summary, then one line per changed post and the diagnostics of each rebuild.
enum WatchRunner {
    static func run(options: GlobalOptions, build: BuildOptions) throws {
        StopSignal.install()
        let explicit = options.site.config.map { URL(fileURLWithPath: $0) }
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let watcher = SiteWatcher(
            loadConfig: { () throws(Diagnostic) -> SiteConfig in
                if let explicit { return try SiteConfigLoader.load(file: explicit) }
                return try SiteConfigLoader.discover(from: directory)
            }, build: build)
        let reporter = ProgressReporter()
        var progress: (@Sendable (BuildProgress) -> Void)?
        if !options.quiet { progress = { @Sendable update in reporter.report(update) } }
        do throws(Diagnostic) {
            try watcher.run(
                stop: { StopSignal.requested }, progress: progress,
                report: { event in
                    switch event {
                    case .built(let summary):
                        // The first build reports as `ogcard build` does; its failures do not stop the watch.
                        try? BuildReport.finish(summary, options: options, verb: "build")
                    case .watching(let folders, let polling):
                        if !options.quiet {
                            printError(
                                "ogcard: watching \(folders) folders (\(polling ? "polling" : "inotify")); Ctrl-C stops"
                            )
                        }
                    case .rebuilt(let lines, let diagnostics):
                        for line in lines { printError(line) }
                        DiagnosticReport.print(diagnostics, quiet: options.quiet, verbose: options.verbose)
                    case .failed(let error):
                        DiagnosticReport.print(error)
                    }
                })
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        if !options.quiet { printError("ogcard: stopped watching") }
    }
}
