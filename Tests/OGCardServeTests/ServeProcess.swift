import Foundation
import OGCardTestSupport
import Testing

/// `ogcard serve --port 0` running on a site, as a user starts it: the built executable, its
/// printed URL read back, stopped with SIGINT (and killed if it does not stop).
final class ServeProcess {
    let process: RunningProcess
    let url: URL
    let port: UInt16

    init(site: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        let running = try Program.ogcard.start(
            ["serve", "--port", "0"] + arguments, in: site,
            environment: ["OGCARD_SERVE_EXIT_WITH_PARENT": "1"].merging(environment) { $1 })
        process = running
        var printed: URL?
        _ = Eventually.holds(within: .seconds(60)) {
            let line = running.standardOutputSoFar.split(separator: "\n").first.map(String.init) ?? ""
            printed = line.hasPrefix("http://") ? URL(string: line) : nil
            return printed != nil
        }
        guard let printed, let port = printed.port else {
            running.kill()
            throw ServeDidNotStart(output: running.standardOutputSoFar + running.standardErrorSoFar)
        }
        url = printed
        self.port = UInt16(port)
    }

    /// A client for this server.
    var http: RawHTTP { RawHTTP(port: port) }

    /// Stops the server as Ctrl-C does and returns how it ended.
    @discardableResult
    func stop() throws -> ProcessResult {
        process.kill(SIGINT)
        return try process.wait(timeout: .seconds(20))
    }

    deinit { process.kill() }

    /// The ids of the posts on the gallery page, in order.
    func postIDs() throws -> [String] {
        let gallery = try http.get("/").text
        var ids: [String] = []
        for part in gallery.components(separatedBy: "data-id=\"").dropFirst() {
            ids.append(String(part.prefix(12)))
        }
        return ids
    }

    /// The id of the post whose gallery entry shows `path`.
    func postID(forPath path: String) throws -> String? {
        let gallery = try http.get("/").text
        for part in gallery.components(separatedBy: "data-id=\"").dropFirst() where part.contains(">\(path)</p>") {
            return String(part.prefix(12))
        }
        return nil
    }
}
