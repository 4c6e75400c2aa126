import Foundation

/// A minimal HTTP/1.1 client over a loopback socket for the tests: the request line is sent
/// exactly as written (`..`, `%2e%2e`, absolute paths), which URL-based clients normalise away.
/// Every read has a timeout, so a test fails rather than hangs.
struct RawHTTP {
    /// A response: status code, headers (lowercased names) and body bytes.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: UInt16

    /// Sends `GET target` (or `method`) with `Connection: close` and reads the whole response.
    func get(_ target: String, method: String = "GET", host: String? = nil) throws -> Response {
        let request =
            "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        let socket = try connect()
        defer { close(socket) }
        try send(socket, Data(request.utf8))
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Foundation.read(socket, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try Self.parse(data)
    }

    /// Opens `/events` and returns the socket; read it with `readEvents`.
    func openEvents() throws -> Int32 {
        let socket = try connect()
        try send(socket, Data("GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8))
        return socket
    }

    /// Reads from an event socket until `predicate` holds on everything read, or `timeout`.
    static func read(events socket: Int32, until timeout: Duration, _ predicate: (String) -> Bool) -> String {
        var text = ""
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 8192)
        while ContinuousClock.now < deadline, !predicate(text) {
            var request = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 100) > 0 else { continue }
            let count = Foundation.read(socket, &buffer, buffer.count)
            if count <= 0 { break }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return text
    }

    private func connect() throws -> Int32 {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        return socket
    }

    private func send(_ socket: Int32, _ data: Data) throws {
        let sent = data.withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
        guard sent == data.count else { throw POSIXError(.EIO) }
    }

    /// Splits status line, headers and body (chunked bodies are decoded).
    static func parse(_ data: Data) throws -> Response {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw POSIXError(.EBADMSG) }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[split.upperBound...]))
    }
}
