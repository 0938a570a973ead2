namespace Crosscheck.Reporting;

/// <summary>The inline stylesheet and script of the HTML report (no external resource of any kind).</summary>
internal static class HtmlAssets
{
    public const string Css = """
        :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--bg); font: 16px/1.55 Georgia, "Iowan Old Style", "Palatino Linotype", serif; }
        header, nav, main { max-width: 68rem; margin: 0 auto; padding: 0 1.25rem; }
        header { padding-top: 1.5rem; }
        h1, h2, h3, nav, table, .meta, .badge, .legend, .chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
        .meta { color: var(--muted); font-size: .9rem; }
        nav { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); z-index: 2; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: .5rem 0; }
        nav a { display: block; padding: .3rem .7rem; border-radius: 6px; color: var(--ink); text-decoration: none; font-size: .95rem; }
        nav a:hover { background: var(--soft); }
        nav a.active { background: var(--accent); color: #fff; }
        a { color: var(--accent); }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th { background: var(--soft); font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; margin: .5rem 0 1.25rem; }
        .variant { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--soft); }
        .variant blockquote { margin: 0 0 .4rem; }
        .finding { border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem .5rem; margin: 1rem 0; }
        .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; vertical-align: middle; }
        .v-consistent { background: #dafbe1; color: #116329; }
        .v-rising_count { background: #ddf4ff; color: #0a3069; }
        .v-scope_difference { background: #fff8c5; color: #6b4b00; }
        .v-conflict { background: #ffebe9; color: #a40e26; }
        .chart { display: block; margin: .5rem 0; max-width: 100%; height: auto; }
        .chart .axis { stroke: var(--muted); stroke-width: 1; }
        .chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
        .chart .point { fill: var(--accent); }
        .chart text { font-size: 11px; fill: var(--muted); }
        article.doc { border-top: 2px solid var(--line); margin-top: 2rem; }
        .doctext { white-space: pre-wrap; max-width: 44rem; font-size: 1.05rem; line-height: 1.7; }
        .hl { border-radius: 2px; scroll-margin-top: 5rem; }
        .h-quote { background: #fff3bf; }
        .h-entity { border-bottom: 2px solid #4dabf7; }
        .h-number { background: #ffd8a8; font-weight: 600; }
        .h-date { background: #d3f9d8; }
        .h-cited-source { background: #e5dbff; }
        .hl:target { outline: 3px solid #e8590c; outline-offset: 1px; }
        .legend span { margin-right: .75rem; padding: 0 .3rem; font-size: .85rem; }
        .problems li { color: #a40e26; }
        .muted { color: var(--muted); }
        html.js main > section[hidden] { display: none; }
        @media print { nav { display: none; } html.js main > section[hidden] { display: block; } }
        """;

    public const string Script = """
        (function () {
          var sections = Array.prototype.slice.call(document.querySelectorAll('main > section'));
          var tabs = Array.prototype.slice.call(document.querySelectorAll('nav a'));
          function show(id) {
            var target = id ? document.getElementById(id) : null;
            var section = target ? target.closest('main > section') : null;
            if (!section) { section = sections[0]; }
            sections.forEach(function (s) { s.hidden = s !== section; });
            tabs.forEach(function (t) { t.classList.toggle('active', t.getAttribute('href') === '#' + section.id); });
            if (target && target !== section) { target.scrollIntoView({ block: 'center' }); }
          }
          document.documentElement.classList.add('js');
          window.addEventListener('hashchange', function () { show(decodeURIComponent(location.hash.slice(1))); });
          show(decodeURIComponent(location.hash.slice(1)));
        })();
        """;
}
