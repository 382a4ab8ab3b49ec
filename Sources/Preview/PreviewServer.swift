import FlyingFox
import FlyingSocks
import Foundation

/// `lectern serve`'s web server (FlyingFox, on 127.0.0.1 only): the preview's pages with the
/// live-reload script, and a poller that refreshes the preview and tells the browsers.
public final class PreviewServer: @unchecked Sendable {
    public let preview: LivePreview
    private let hub = ReloadHub()
    private var server: HTTPServer?
    private var serving: Task<Void, Error>?
    private var polling: Thread?
    private let stopped = NSLock()
    private var isStopped = false

    public init(preview: LivePreview) {
        self.preview = preview
    }

    /// Browsers connected for live reload (for tests and the terminal).
    public var connectedBrowsers: Int { hub.clientCount }

    /// Starts listening on 127.0.0.1:`port` (0: any free port) and returns the port.
    public func start(port: UInt16) async throws -> UInt16 {
        // FlyingFox's `.loopback` is ::1; the preview promises 127.0.0.1.
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled)
        let preview = self.preview
        await server.appendRoute(HTTPRoute("GET " + LiveReloadScript.socketPath), to: .webSocket(hub))
        await server.appendRoute(HTTPRoute("GET " + LiveReloadScript.path)) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                         body: Data(LiveReloadScript.source.utf8))
        }
        await server.appendRoute("GET *") { request in
            Self.respond(to: request.path, from: preview)
        }
        self.server = server
        serving = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 5)
        guard case .ip4(_, let listening)? = await server.listeningAddress else {
            throw PreviewError("the server did not report the port it listens on")
        }
        return listening
    }

    /// Polls the files every `interval` seconds on a thread of its own (lessons run there, not
    /// on the server's tasks), telling browsers about changed pages and `report` about each
    /// refresh that did something.
    public func watch(every interval: Double, report: @escaping @Sendable (LivePreview.Change) -> Void) {
        let thread = Thread { [weak self] in
            while let self, !self.stopRequested {
                Thread.sleep(forTimeInterval: interval)
                let change = self.preview.refresh()
                guard !change.isEmpty else { continue }
                if !change.changedPages.isEmpty { self.hub.reload(change.changedPages) }
                for error in change.loadErrors { self.hub.error(error) }
                report(change)
            }
        }
        thread.name = "lectern serve: watcher"
        thread.stackSize = 8 << 20
        polling = thread
        thread.start()
    }

    /// Stops polling and closes the server.
    public func stop() async {
        stopped.withLock { isStopped = true }
        await server?.stop(timeout: 0.2)
        serving?.cancel()
    }

    private var stopRequested: Bool {
        stopped.withLock { isStopped }
    }

    static func respond(to requestPath: String, from preview: LivePreview) -> HTTPResponse {
        var path = requestPath.removingPercentEncoding ?? requestPath
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty { path = "index.html" }
        guard let data = preview.file(at: path) else {
            let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not found</title></head><body>"
                + "<p>No page <code>\(path.replacingOccurrences(of: "<", with: "&lt;"))</code> in this course. "
                + "<a href=\"/index.html\">The table of contents</a>.</p></body></html>"
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                                body: Data(LiveReloadScript.inserted(into: page).utf8))
        }
        let type = contentType(of: path)
        var body = data
        if type.hasPrefix("text/html") {
            body = Data(LiveReloadScript.inserted(into: String(decoding: data, as: UTF8.self)).utf8)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        default: return "application/octet-stream"
        }
    }
}

/// Why the preview could not start.
public struct PreviewError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
