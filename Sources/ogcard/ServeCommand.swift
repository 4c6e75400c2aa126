import ArgumentParser
import Foundation
import OGCard
import OGCardServe

/// `ogcard serve`: the preview server. Everything it does is in OGCardServe; this parses the
/// options, prints the URL and waits for Ctrl-C.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview every card, as each platform shows it, live while you write.",
        discussion: """
            Serves a gallery of every post's card at http://127.0.0.1:4545/, a page per post with \
            the card as X, Facebook, LinkedIn, Slack, Discord, Mastodon, iMessage and WhatsApp show \
            it, its meta tags, and a design playground. Editing a post, ogcard.yml, a layout or a \
            font redraws the affected cards and updates open pages. Nothing is written to the site: \
            previews go to a temporary folder, removed on exit. Ctrl-C stops.

            Examples:
              ogcard serve                      # then open the printed URL
              ogcard serve --port 8080 --open   # another port; also opens the browser
            """)

    @OptionGroup var site: ConfigOptions

    @Option(help: "The address to listen on; anything but loopback shares drafts with the network.")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port).")
    var port: UInt16 = 4545

    @Flag(help: "Also open the gallery in the default browser.")
    var open = false

    @Option(help: "Worker threads for drawing cards (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 (all cores) or more.") }
    }

    func run() throws {
        _ = try site.loadConfig()
        let explicit = site.config.map { URL(fileURLWithPath: $0) }
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = ServeOptions(host: host, port: port, jobs: jobs ?? 0)
        if !options.isLoopback {
            printError(
                "ogcard: warning: serving on \(host), not loopback: anyone who can reach this machine sees the site's cards, drafts and paths"
            )
        }
        let server: ServeServer
        do {
            server = try ServeServer(
                loadConfig: { () throws(Diagnostic) -> SiteConfig in
                    if let explicit { return try SiteConfigLoader.load(file: explicit) }
                    return try SiteConfigLoader.discover(from: directory)
                }, options: options, lint: try SiteLintProvider())
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        StopSignal.install()
        let started = Blocking.run { try await server.start() }
        let url: URL
        switch started {
        case .success(let bound): url = bound
        case .failure(let error):
            printError("ogcard: cannot listen on \(host):\(port): \(error.localizedDescription)")
            Blocking.run { await server.stop() }
            throw ExitStatus.usage
        }
        print(url.absoluteString)
        fflush(nil)
        if open { Browser.open(url) }
        // The test support sets this so a crashed test runner leaves no server behind: once our
        // parent process is gone we are re-parented, and stop as on Ctrl-C. (Not prctl's
        // PR_SET_PDEATHSIG: it follows the parent *thread* that started us, and a runner's
        // worker threads end while the server should go on.)
        let parent = ProcessInfo.processInfo.environment["OGCARD_SERVE_EXIT_WITH_PARENT"] == "1" ? getppid() : nil
        server.watch { StopSignal.requested || parent.map { getppid() != $0 } == true }
        Blocking.run { await server.stop() }
        printError("ogcard: stopped serving")
    }
}
