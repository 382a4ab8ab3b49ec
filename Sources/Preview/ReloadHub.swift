import FlyingFox
import Foundation

/// The browsers connected to `/__lectern/live`: each is told, as one JSON text message, which
/// pages changed (`{"reload":["03-x.html"]}`) or what could not be read (`{"error":"…"}`).
final class ReloadHub: WSMessageHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    var clientCount: Int {
        lock.withLock { clients.count }
    }

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = UUID()
        lock.withLock { clients[id] = continuation }
        // The browser's side ends when it closes the page; then forget it.
        Task { [weak self] in
            for await _ in client {}
            self?.remove(id)
            continuation.finish()
        }
        return messages
    }

    /// Tells every browser that `pages` changed.
    func reload(_ pages: [String]) { send(["reload": pages]) }

    /// Shows `message` on every open page (a lesson that could not be read).
    func error(_ message: String) { send(["error": message]) }

    private func send(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
              let text = String(data: data, encoding: .utf8) else { return }
        let all = lock.withLock { Array(clients.values) }
        for client in all { client.yield(.text(text)) }
    }

    private func remove(_ id: UUID) {
        lock.withLock { clients[id] = nil }
    }
}
