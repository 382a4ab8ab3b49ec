/// The script `serve` adds to every page it sends: it listens on the preview's WebSocket and
/// reloads the page when the server says it changed, or shows a lesson's load error in a bar.
/// It is served from the preview itself (no CDN) and is never part of an exported site.
enum LiveReloadScript {
    static let path = "/__lectern/live.js"
    static let socketPath = "/__lectern/live"

    /// The tag inserted before `</body>`.
    static let tag = "<script src=\"\(path)\"></script>"

    static let source = """
    (function () {
      "use strict";
      var page = decodeURIComponent(location.pathname.replace(/^\\//, "")) || "index.html";
      var bar = null;
      function show(message) {
        if (!bar) {
          bar = document.createElement("pre");
          bar.setAttribute("role", "alert");
          bar.style.cssText = "position:fixed;left:0;right:0;bottom:0;margin:0;padding:0.75rem 1rem;" +
            "background:#7f1d1d;color:#fff;font:0.9rem/1.4 ui-monospace,monospace;white-space:pre-wrap;z-index:1000";
          document.body.appendChild(bar);
        }
        bar.textContent = message;
      }
      function connect(retried) {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
        socket.onopen = function () { if (retried) { location.reload(); } };
        socket.onmessage = function (event) {
          var message = JSON.parse(event.data);
          if (message.reload && message.reload.indexOf(page) >= 0) { location.reload(); }
          if (message.error) { show(message.error); }
        };
        // The server restarted or went away: try again, and reload once it is back.
        socket.onclose = function () { setTimeout(function () { connect(true); }, 500); };
      }
      connect(false);
    })();

    """

    /// `html` with the script tag before its closing body tag (or at its end).
    static func inserted(into html: String) -> String {
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + tag + "\n" }
        return html.replacingCharacters(in: body, with: tag + "\n</body>")
    }
}
