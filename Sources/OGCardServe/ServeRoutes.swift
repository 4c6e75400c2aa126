import FlyingFox
import Foundation
import OGCard

/// Answers every request of `ogcard serve`. It serves only its own pages, its two static files
/// (held in memory) and the preview cards it drew, looked up by post id in a table: no request
/// path is ever turned into a file path, so `..`, encoded traversal, absolute paths and symbolic
/// links cannot reach a file; anything unknown is 404. Only GET and HEAD are answered, and only
/// for the Host names the server was bound to (a web page elsewhere cannot reach it through a
/// DNS name it points at 127.0.0.1). Nothing here writes a file.
struct ServeRoutes: HTTPHandler {
    let previewer: SitePreviewer
    let interactive: InteractiveRenderer
    let hub: EventHub
    let assets: [String: (type: String, data: Data)]
    let lint: (any ServeLintProvider)?
    /// Host header values accepted; nil accepts any (bound to a non-loopback address on purpose).
    let allowedHosts: @Sendable () -> Set<String>?

    /// How long a card request waits for the first pass to draw that card. Shorter than
    /// `ServeServer.requestTimeout`, so the answer is ours (404 with the reason), not a timeout.
    static let cardWait = Duration.seconds(15)

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "only GET and HEAD\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        if let hosts = allowedHosts(), !hosts.contains((request.headers[.host] ?? "").lowercased()) {
            return text(.forbidden, "unknown Host\n")
        }
        if request.method == .HEAD {
            // The same status and headers as GET, without the body (nor an event subscription).
            guard request.path != "/events" else {
                return HTTPResponse(statusCode: .ok, headers: headers("text/event-stream", cache: "no-store"))
            }
            var get = request
            get.method = .GET
            let response = try await handleRequest(get)
            // GET's Content-Length, not the empty body's 0: FlyingFox keeps a length the
            // headers already give (every other answer's body is bytes held in memory).
            var headers = response.headers
            headers[.contentLength] = String(try await response.bodyData.count)
            return HTTPResponse(statusCode: response.statusCode, headers: headers)
        }
        let path = request.path
        if path == "/" { return html(GalleryPage.html(previewer.snapshot())) }
        if path == "/events" { return events() }
        if let name = suffix(of: path, after: "/static/"), let asset = assets[name] {
            return HTTPResponse(statusCode: .ok, headers: headers(asset.type, cache: "no-cache"), body: asset.data)
        }
        if let id = suffix(of: path, after: "/post/"), let post = post(id) {
            let findings = lint.flatMap { provider in
                previewer.config.map { provider.findings(forPostAt: post.relativePath, config: $0) }
            }
            return html(PostPage.html(post, config: previewer.config, findings: findings))
        }
        if let name = suffix(of: path, after: "/card/"), name.hasSuffix(".png"),
            let post = post(String(name.dropLast(4)))
        {
            return await card(post, debug: request.query["debug"] == "1")
        }
        if let name = suffix(of: path, after: "/playground/"), name.hasSuffix(".png"),
            let post = post(String(name.dropLast(4)))
        {
            return await playground(post, query: request.query)
        }
        if let name = suffix(of: path, after: "/api/post/"), name.hasSuffix(".json"),
            let post = post(String(name.dropLast(5)))
        {
            return HTTPResponse(
                statusCode: .ok, headers: headers("application/json", cache: "no-store"),
                body: Data(postJSON(post).utf8))
        }
        return text(.notFound, "not found\n")
    }

    // MARK: Answers

    /// The preview card; drawn first when the first pass has not reached it yet (waits at most
    /// `cardWait`; an open page shows the card when its `card` event comes).
    private func card(_ post: PostPreview, debug: Bool) async -> HTTPResponse {
        var current = post
        let deadline = ContinuousClock.now + Self.cardWait
        while current.cardFile == nil, current.error == nil, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
            guard let again = previewer.post(id: post.id) else { break }
            current = again
        }
        if debug, let plan = current.plan {
            do {
                let data = try await interactive.render(
                    plan.content, layout: plan.layout, debugOutlines: true,
                    limits: previewer.config?.limits ?? .default)
                return png(data ?? Data())
            } catch {
                return failure(error)
            }
        }
        guard let file = current.cardFile, let data = try? Data(contentsOf: file) else {
            return text(.notFound, (current.error?.description ?? "no card") + "\n")
        }
        return png(data)
    }

    /// A card drawn with the playground form's design (nothing written); 204 when the same page
    /// asked again meanwhile, 422 with the reason when the design is invalid.
    private func playground(_ post: PostPreview, query: [HTTPRequest.QueryItem]) async -> HTTPResponse {
        guard let plan = post.plan, let config = previewer.config else { return text(.notFound, "no post\n") }
        let client = query["client"].map { String($0.prefix(64)) }
        do {
            let layout = try PlaygroundDesign.layout(query: query.map { ($0.name, $0.value) }, config: config)
            guard
                let data = try await interactive.render(
                    plan.content, layout: layout, limits: config.limits, client: client)
            else {
                return HTTPResponse(statusCode: .noContent, headers: headers("text/plain", cache: "no-store"))
            }
            return png(data)
        } catch {
            return failure(error)
        }
    }

    /// 503 when the interactive renderer is full, else 422 with the reason.
    private func failure(_ error: Diagnostic) -> HTTPResponse {
        if error == InteractiveRenderer.busy { return text(.serviceUnavailable, error.reason + "\n") }
        return text(.unprocessableContent, error.description + "\n")
    }

    /// The event stream: `card` (one post changed), `posts` (the list changed), `site` (the
    /// config broke or was fixed). 503 when too many pages listen already.
    private func events() -> HTTPResponse {
        guard let stream = hub.subscribe() else { return text(.serviceUnavailable, "too many open pages\n") }
        var headers = headers("text/event-stream", cache: "no-store")
        headers[HTTPHeader("X-Accel-Buffering")] = "no"
        return HTTPResponse(
            statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBytes(events: stream)))
    }

    /// What a page needs to update one post in place (texts are set with `textContent`).
    private func postJSON(_ post: PostPreview) -> String {
        let texts = PostPage.texts(post, config: previewer.config)
        let event = SitePreviewer.cardJSON(post).dropLast()
        return event + """
            ,"title":\(HTMLText.scriptJSON(texts.title)),"description":\(HTMLText.scriptJSON(texts.description)),\
            "siteName":\(HTMLText.scriptJSON(texts.siteName)),"domain":\(HTMLText.scriptJSON(texts.domain)),\
            "meta":\(HTMLText.scriptJSON(texts.metaHTML))}
            """
    }

    // MARK: Parts

    /// A known post by id: 12 lowercase hex digits, looked up in the table (nothing else matches).
    private func post(_ id: String) -> PostPreview? {
        guard id.count == 12, id.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return previewer.post(id: id)
    }

    /// The rest of `path` after `prefix`, when it is one plain segment.
    private func suffix(of path: String, after prefix: String) -> String? {
        guard path.hasPrefix(prefix) else { return nil }
        let rest = String(path.dropFirst(prefix.count))
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains("\\"), !rest.hasPrefix(".") else { return nil }
        return rest
    }

    private func headers(_ type: String, cache: String) -> HTTPHeaders {
        [
            .contentType: type, .cacheControl: cache, HTTPHeader("X-Content-Type-Options"): "nosniff",
            HTTPHeader("Referrer-Policy"): "no-referrer",
            HTTPHeader("Content-Security-Policy"):
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ]
    }

    private func html(_ page: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: .ok, headers: headers("text/html; charset=utf-8", cache: "no-store"), body: Data(page.utf8))
    }

    private func png(_ data: Data) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: headers("image/png", cache: "no-cache"), body: data)
    }

    private func text(_ status: HTTPStatusCode, _ message: String, extra: HTTPHeaders = [:]) -> HTTPResponse {
        var all = headers("text/plain; charset=utf-8", cache: "no-store")
        for (key, value) in extra { all[key] = value }
        return HTTPResponse(statusCode: status, headers: all, body: Data(message.utf8))
    }
}
