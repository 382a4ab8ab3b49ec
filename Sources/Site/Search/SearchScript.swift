/// The site's search, as a script shipped with the pages (`search.js`): it searches
/// `search-index.js` as the reader types and lists the matching sections as links. Nothing is
/// fetched: both files are local scripts, so search works offline and from `file://`.
///
/// `lecternSearch.find(index, query)` is the whole search, apart from the page, so that a test
/// can run it in a JavaScript engine without a browser.
enum SearchScript {
    static let indexFile = "search-index.js"
    static let scriptFile = "search.js"

    /// The search box and the two scripts; the box stays hidden where scripts do not run.
    static let form = """
    <form class="site-search" role="search" hidden>
    <input type="search" name="q" placeholder="Search the course" aria-label="Search the course" autocomplete="off" spellcheck="false">
    <ol class="search-results" aria-live="polite"></ol>
    </form>
    <script src="\(indexFile)" defer></script>
    <script src="\(scriptFile)" defer></script>

    """

    static let source = #"""
    var lecternSearch = (function () {
      "use strict";
      var sortedWords = null;

      function terms(query) {
        return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
      }

      /// Sections containing every term (a term matches the words it begins), best first:
      /// a term in the heading counts most, then a whole-word match, then a prefix.
      function find(index, query, limit) {
        var wanted = terms(query);
        if (wanted.length === 0) { return []; }
        if (!sortedWords) { sortedWords = Object.keys(index.words).sort(); }
        var scores = null;
        wanted.forEach(function (term) {
          var found = {};
          var low = 0, high = sortedWords.length;
          while (low < high) {
            var middle = (low + high) >> 1;
            if (sortedWords[middle] < term) { low = middle + 1; } else { high = middle; }
          }
          for (var i = low; i < sortedWords.length && sortedWords[i].indexOf(term) === 0; i++) {
            var weight = sortedWords[i] === term ? 2 : 1;
            index.words[sortedWords[i]].forEach(function (section) {
              found[section] = Math.max(found[section] || 0, weight);
            });
          }
          Object.keys(found).forEach(function (section) {
            if (terms(index.sections[section][1]).some(function (w) { return w.indexOf(term) === 0; })) {
              found[section] += 4;
            }
          });
          if (scores === null) {
            scores = found;
          } else {
            var both = {};
            Object.keys(scores).forEach(function (s) { if (s in found) { both[s] = scores[s] + found[s]; } });
            scores = both;
          }
        });
        return Object.keys(scores)
          .map(function (s) { return { section: Number(s), score: scores[s] }; })
          .sort(function (a, b) { return b.score - a.score || a.section - b.section; })
          .slice(0, limit || 12)
          .map(function (hit) {
            var s = index.sections[hit.section];
            return { link: s[0], heading: s[1], lesson: s[2], excerpt: s[3] };
          });
      }

      function attach(form, index) {
        var input = form.querySelector("input");
        var list = form.querySelector(".search-results");
        form.hidden = false;
        function show() {
          list.textContent = "";
          var hits = find(index, input.value, 12);
          if (input.value.trim() !== "" && hits.length === 0) {
            var none = document.createElement("li");
            none.className = "none";
            none.textContent = "Nothing found.";
            list.appendChild(none);
          }
          hits.forEach(function (hit) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = hit.link;
            var heading = document.createElement("strong");
            heading.textContent = hit.heading;
            link.appendChild(heading);
            if (hit.lesson !== hit.heading) {
              var lesson = document.createElement("span");
              lesson.className = "lesson";
              lesson.textContent = hit.lesson;
              link.appendChild(lesson);
            }
            item.appendChild(link);
            if (hit.excerpt) {
              var excerpt = document.createElement("span");
              excerpt.className = "excerpt";
              excerpt.textContent = hit.excerpt;
              item.appendChild(excerpt);
            }
            list.appendChild(item);
          });
        }
        input.addEventListener("input", show);
        input.addEventListener("keydown", function (event) {
          if (event.key === "Escape") { input.value = ""; show(); }
        });
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          var first = list.querySelector("a");
          if (first) { location.href = first.getAttribute("href"); }
        });
      }

      if (typeof document !== "undefined" && typeof lecternSearchIndex !== "undefined") {
        Array.prototype.forEach.call(document.querySelectorAll("form.site-search"), function (form) {
          attach(form, lecternSearchIndex);
        });
      }
      return { find: find };
    })();

    """#
}
