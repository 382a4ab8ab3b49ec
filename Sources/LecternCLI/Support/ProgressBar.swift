import Foundation
import Interpreter
#if canImport(Glibc)
import Glibc
#endif

/// A one-line training progress bar on standard error, drawn only when standard error is a
/// terminal (so logs, pipes and tests never see it) and erased when the cell finishes.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let color: Bool
    private let width: Int
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var visible = false

    init(color: Bool, columns: Int) {
        self.enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
        self.color = color
        self.width = max(10, min(40, columns - 50))
    }

    /// Draws the bar for one epoch report, at most ten times a second (and always at the end).
    func update(_ progress: TrainingProgress) {
        guard enabled, progress.epochs > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard progress.epoch == progress.epochs || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let filled = min(width, width * progress.epoch / progress.epochs)
        var bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        if color { bar = "\u{1B}[36m" + bar + "\u{1B}[0m" }
        var text = "\r\u{1B}[2K  training \(bar) \(progress.epoch)/\(progress.epochs) epochs · loss \(Self.short(progress.loss))"
        if let validation = progress.validationLoss { text += " · validation \(Self.short(validation))" }
        StandardError.write(text)
        visible = true
    }

    /// Erases the bar (after a cell).
    func clear() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if visible { StandardError.write("\r\u{1B}[2K") }
        visible = false
        lastDraw = .distantPast
    }

    private static func short(_ value: Double) -> String { String(format: "%.4g", value) }
}
