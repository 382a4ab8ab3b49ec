/// The page skeletons and stylesheet compiled into lectern (see `SiteTemplates`).
///
/// Nothing here refers to another host: system font stacks instead of web fonts, and the only
/// scripts are the site's own search (`SearchScript`, local files), so a page works offline
/// and no request leaves it.
enum DefaultTemplates {
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>{{title}} · {{course}}</title>
    <link rel="stylesheet" href="style.css">
    </head>
    <body>
    <div class="layout">
    <nav class="sidebar" aria-label="Lessons">
    {{sidebar}}
    </nav>
    <main>
    {{navigation}}
    <article class="lesson">
    {{content}}
    </article>
    {{navigation}}
    </main>
    </div>
    </body>
    </html>

    """

    static let index = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>{{course}}</title>
    <link rel="stylesheet" href="style.css">
    </head>
    <body>
    <main class="index">
    <h1>{{course}}</h1>
    <nav class="toc" aria-label="Table of contents">
    {{toc}}
    </nav>
    </main>
    </body>
    </html>

    """

    /// One page that stands alone (feedback for a student): the style sheet inlined, no
    /// sidebar or lesson navigation.
    static let standalone = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>{{title}}</title>
    <style>
    {{style}}</style>
    </head>
    <body>
    <main class="standalone">
    {{header}}<article class="lesson">
    {{content}}
    </article>
    </main>
    </body>
    </html>

    """

    static let style = """
    /* lectern course site. Light and dark themes follow the reader's system setting. */
    :root {
      --text: #1d1f23;
      --muted: #5c6370;
      --background: #ffffff;
      --surface: #f5f6f8;
      --border: #dcdfe4;
      --accent: #2a5db0;
      --code-background: #f6f8fa;
      --output-background: #fbfbf7;
      --error: #b3261e;
      --error-background: #fdecea;
      --pass: #1e7b34;
      --exercise: #8a5a00;
      --exercise-background: #fff8e6;
      --kw: #a626a4;
      --ty: #0b7285;
      --nu: #986801;
      --st: #2f7d32;
      --co: #7a828e;
      --op: #4a5160;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #dfe2e7;
        --muted: #9aa2ae;
        --background: #15171b;
        --surface: #1d2026;
        --border: #343943;
        --accent: #7fb0ff;
        --code-background: #1b1e24;
        --output-background: #191b1f;
        --error: #ff8a80;
        --error-background: #3a1d1b;
        --pass: #7bd88f;
        --exercise: #f0c060;
        --exercise-background: #2c2515;
        --kw: #d58cf0;
        --ty: #5fd3e0;
        --nu: #e5c07b;
        --st: #98c379;
        --co: #7f8896;
        --op: #b8bec9;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0;
      color: var(--text);
      background: var(--background);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
      font-size: 1.0625rem;
      line-height: 1.6;
    }
    a { color: var(--accent); }
    .layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); min-height: 100vh; }
    .sidebar {
      position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto;
      padding: 1.5rem 1rem; border-right: 1px solid var(--border); background: var(--surface);
      font-size: 0.9rem; line-height: 1.4;
    }
    .sidebar .course-title { font-weight: 700; margin: 0 0 1rem; }
    .sidebar .course-title a { color: var(--text); text-decoration: none; }
    .sidebar ol, .sidebar ul { list-style: none; margin: 0; padding: 0; }
    .sidebar li { margin: 0.3rem 0; }
    .sidebar a { text-decoration: none; }
    .sidebar a[aria-current="page"] { font-weight: 700; color: var(--text); }
    .sidebar .sections { margin: 0.3rem 0 0.6rem 0.8rem; }
    .sidebar .sections a { color: var(--muted); }
    .sidebar .level-3 { margin-left: 0.8rem; }
    /* The column is wide enough for code and figures; prose keeps a readable measure. */
    main { max-width: 72rem; padding: 1.5rem 2rem 3rem; }
    .lesson > p, .lesson > ul, .lesson > ol, .lesson > blockquote, .lesson > h1, .lesson > h2, .lesson > h3, .lesson > h4 { max-width: 46rem; }
    main.index, main.standalone { margin: 0 auto; }
    .standalone-header { color: var(--muted); font-size: 0.95rem; }
    .pager { display: flex; justify-content: space-between; gap: 1rem; font-size: 0.9rem; margin: 1rem 0; }
    .pager a { text-decoration: none; }
    .pager .prev, .pager .next { flex: 1; }
    .pager .next { text-align: right; }
    h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
    h1 { font-size: 2rem; margin-top: 0.5rem; }
    h2 { font-size: 1.5rem; border-bottom: 1px solid var(--border); padding-bottom: 0.2rem; }
    h3 { font-size: 1.2rem; }
    blockquote { margin: 1rem 0; padding: 0.1rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
    hr { border: none; border-top: 1px solid var(--border); margin: 2rem 0; }
    img { max-width: 100%; }
    code, pre { font-family: ui-monospace, "SF Mono", "Cascadia Code", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    :not(pre) > code { background: var(--code-background); padding: 0.1em 0.3em; border-radius: 4px; }
    pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 6px; line-height: 1.45; margin: 0.5rem 0; }
    pre.code, pre.code-block, pre.raw-html { background: var(--code-background); border: 1px solid var(--border); }
    pre.output { background: var(--output-background); border: 1px dashed var(--border); }
    pre.output.value::before { content: "→ "; color: var(--muted); }
    .ln { display: inline-block; min-width: 2.5em; margin-right: 1em; text-align: right; color: var(--muted); user-select: none; -webkit-user-select: none; }
    .kw { color: var(--kw); font-weight: 600; }
    .ty { color: var(--ty); }
    .nu { color: var(--nu); }
    .st { color: var(--st); }
    .co { color: var(--co); font-style: italic; }
    .op { color: var(--op); }
    .cell { margin: 1.25rem 0; }
    .cell-label { font-weight: 700; font-size: 0.9rem; margin: 0 0 0.25rem; color: var(--muted); }
    .cell-exercise { border-left: 4px solid var(--exercise); background: var(--exercise-background); padding: 0.5rem 0.75rem; border-radius: 4px; }
    .cell-exercise .cell-label { color: var(--exercise); }
    details.cell-solution > summary { cursor: pointer; font-weight: 700; font-size: 0.9rem; color: var(--muted); }
    .diagnostic { border-left: 4px solid var(--error); background: var(--error-background); border-radius: 4px; margin: 0.5rem 0; }
    .diagnostic pre { margin: 0; background: transparent; color: var(--text); }
    .diagnostic.warning { border-left-color: var(--exercise); background: var(--exercise-background); }
    .verdict, .doctest { font-size: 0.9rem; margin: 0.25rem 0; }
    .pass { color: var(--pass); }
    .fail { color: var(--error); }
    .doctest-label { font-size: 0.85rem; color: var(--muted); margin: 0.5rem 0 0; }
    ul.checks { list-style: none; padding-left: 0; margin: 0.25rem 0; }
    .feedback-summary { font-size: 1.1rem; }
    .feedback-note { color: var(--muted); font-size: 0.85rem; }
    table.checks td.points { text-align: right; white-space: nowrap; }
    .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    mark.match { background: var(--exercise-background); color: inherit; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid var(--border); padding: 0.3rem 0.7rem; }
    th { background: var(--surface); }
    .align-left { text-align: left; }
    .align-center { text-align: center; }
    .align-right { text-align: right; }
    figure.figure { margin: 0.75rem 0; overflow-x: auto; }
    figure.figure svg { max-width: 100%; height: auto; }
    figure.figure-graph svg { max-width: none; }
    /* MathML as large as the text around it, in a maths font where there is one. */
    math { font-size: 1.15em; font-family: "STIX Two Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
    math[display="block"] { margin: 1rem 0; }
    .display-math { overflow-x: auto; overflow-y: hidden; }
    .math-run { white-space: nowrap; }
    .toc > ol { padding-left: 1.5rem; }
    .toc li { margin: 0.4rem 0; }
    .toc ul { list-style: none; padding-left: 1rem; font-size: 0.95rem; }
    .toc .level-3 { margin-left: 1rem; }
    .lesson-status { font-size: 0.85rem; margin-left: 0.5rem; }
    .site-search { margin: 0 0 1rem; position: relative; }
    .site-search input { width: 100%; font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--border); border-radius: 4px; background: var(--background); color: var(--text); }
    .site-search .search-results { list-style: none; margin: 0.25rem 0 0; padding: 0; }
    .site-search .search-results:empty { display: none; }
    .site-search .search-results li { margin: 0; padding: 0.35rem 0; border-bottom: 1px solid var(--border); }
    .site-search .search-results a { display: block; text-decoration: none; }
    .site-search .search-results .lesson, .site-search .search-results .excerpt { display: block; color: var(--muted); font-size: 0.85em; }
    @media (max-width: 50rem) {
      .layout { display: block; }
      .sidebar { position: static; max-height: none; border-right: none; border-bottom: 1px solid var(--border); padding: 0.75rem 1rem; }
      /* On a phone the lesson comes first: the sidebar keeps the search and this lesson's name
         (the full list is one tap away, under "Contents"). */
      .sidebar .lessons > li:not(.current), .sidebar .sections { display: none; }
      main { padding: 1rem; }
      /* Charts keep readable tick labels and scroll sideways instead of shrinking. */
      figure.figure svg { min-width: 36rem; }
    }
    @media print {
      .sidebar, .pager { display: none; }
      .layout { display: block; }
    }

    """
}
