import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP and WebSocket client over a TCP socket to 127.0.0.1, for the preview's tests.
/// Every read has a deadline (SO_RCVTIMEO), so a server that never answers fails the test in
/// seconds instead of hanging it.
final class LoopbackClient {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16, timeout seconds: Int = 5) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
    }

    deinit { close(descriptor) }

    /// GETs `path`; returns the status code and the body.
    static func get(_ path: String, port: UInt16) throws -> (status: Int, body: String) {
        let client = try LoopbackClient(port: port)
        try client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        let head = try client.readHead()
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        let length = head.split(separator: "\r\n").compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first ?? 0
        return (status, String(decoding: try client.read(count: length), as: UTF8.self))
    }

    /// Opens the WebSocket at `path`.
    static func webSocket(_ path: String, port: UInt16) throws -> LoopbackClient {
        let client = try LoopbackClient(port: port)
        try client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        let head = try client.readHead()
        guard head.hasPrefix("HTTP/1.1 101") else { throw Failure(description: "no WebSocket upgrade: \(head)") }
        return client
    }

    /// The next text message on a WebSocket (the server's frames are not masked).
    func readTextMessage() throws -> String {
        while true {
            let header = try read(count: 2)
            var length = Int(header[1] & 0x7F)
            if length == 126 {
                let extended = try read(count: 2)
                length = Int(extended[0]) << 8 | Int(extended[1])
            } else if length == 127 {
                length = try read(count: 8).reduce(0) { $0 << 8 | Int($1) }
            }
            let payload = try read(count: length)
            if header[0] & 0x0F == 1 { return String(decoding: payload, as: UTF8.self) }
        }
    }

    private func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(descriptor, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw Failure(description: "send failed")
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = recv(descriptor, &chunk, chunk.count, 0)
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "no answer within the deadline") }
        buffer += chunk[0..<count]
    }

    private func readHead() throws -> String {
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            if let range = firstRange(of: end) {
                let head = String(decoding: buffer[0..<range], as: UTF8.self)
                buffer.removeFirst(range + end.count)
                return head
            }
            try fill()
        }
    }

    private func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func firstRange(of pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for start in 0...(buffer.count - pattern.count) where Array(buffer[start..<start + pattern.count]) == pattern {
            return start
        }
        return nil
    }
}
