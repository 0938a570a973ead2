using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Reporting;

/// <summary>The inline stylesheet and script of the HTML report (no external resource of any kind).</summary>
internal static class HtmlAssets
{
    public const string Css = """
        :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--bg); font: 16px/1.55 Georgia, "Iowan Old Style", "Palatino Linotype", serif; }
        header, nav, main { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
        header { padding-top: 1.5rem; }
        h1, h2, h3, nav, table, .meta, .badge, .legend, .chip, .docno, .timeline .when, .intro, .howto h3, .doclist { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
        .meta { color: var(--muted); font-size: .9rem; }
        .intro { color: var(--muted); font-size: .92rem; max-width: 52rem; margin: 0 0 1rem; }
        .howto { background: #f3f8ff; border: 1px solid #c8ddf5; border-radius: 8px; padding: .2rem 1rem .4rem; margin: .5rem 0 1rem; max-width: 60rem; }
        .howto h3 { margin: .6rem 0 .2rem; font-size: .95rem; }
        .howto p { margin: 0 0 .4rem; font-size: .95rem; }
        nav { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); z-index: 2; display: flex; align-items: center; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: .5rem 0; flex: 1; }
        nav a { display: block; padding: .3rem .7rem; border-radius: 6px; color: var(--ink); text-decoration: none; font-size: .95rem; }
        nav a:hover { background: var(--soft); }
        nav a.active { background: var(--accent); color: #fff; }
        #back { font: inherit; font-size: .9rem; border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: .25rem .7rem; cursor: pointer; }
        a { color: var(--accent); }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th { background: var(--soft); font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        tr.go, li.go, .variant.go { cursor: pointer; }
        tr.go:hover, li.go:hover { background: #f0f6ff; }
        tr.go a, li.go a { text-decoration: none; }
        tr.go:hover a { text-decoration: underline; }
        .chip { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; background: var(--bg); white-space: nowrap; }
        .chip:hover { background: #e7f0fb; }
        a.doc { text-decoration: none; }
        .doc .dn { font-weight: 600; color: var(--muted); }
        .headlines { padding-left: 1.2rem; }
        .headlines li { margin: .35rem 0; }
        .variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .75rem; margin: .5rem 0 1rem; }
        .variant { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; background: var(--soft); }
        .variant:hover { border-color: var(--accent); }
        .variant blockquote { margin: .3rem 0 0; line-height: 1.6; }
        ins { background: #dafbe1; color: #116329; text-decoration: underline; text-decoration-color: #1a7f37; }
        del { background: #ffebe9; color: #a40e26; }
        mark.diff { background: #fff1a8; }
        .finding { border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem .5rem; margin: 1rem 0; }
        .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; vertical-align: middle; }
        .v-consistent { background: #dafbe1; color: #116329; }
        .v-rising_count { background: #ddf4ff; color: #0a3069; }
        .v-scope_difference { background: #fff8c5; color: #6b4b00; }
        .v-conflict { background: #ffebe9; color: #a40e26; }
        .v-cannot_tell { background: #eaeef2; color: #424a53; }
        .v-reworded { background: #fbefff; color: #6e2f91; }
        .chart { display: block; margin: .5rem 0; max-width: 100%; height: auto; }
        .chart .axis { stroke: #8c959f; stroke-width: 1; }
        .chart .grid { stroke: #eaeef2; stroke-width: 1; }
        .chart .line { fill: none; stroke: #9ec5ee; stroke-width: 1.5; stroke-dasharray: 4 3; }
        .chart .mark { stroke: var(--accent); stroke-width: 2; }
        .chart .exact { fill: var(--accent); }
        .chart .lower, .chart .upper, .chart .about { fill: #fff; }
        .chart .arrow { fill: none; stroke: var(--accent); stroke-width: 1.6; }
        .chart text { font: 11px system-ui, sans-serif; fill: var(--muted); }
        .chart .value { fill: var(--ink); font-weight: 600; }
        .chart .axis-title { font-size: 12px; fill: var(--ink); }
        .chart a:hover .mark { stroke: #e8590c; }
        .timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
        .timeline li { display: grid; grid-template-columns: 7rem 1fr auto; gap: .75rem; padding: .3rem .5rem .3rem 1rem; position: relative; }
        .timeline li::before { content: ""; position: absolute; left: -7px; top: .75rem; width: 9px; height: 9px; border-radius: 50%; background: var(--accent); border: 1px solid #fff; }
        .timeline li.year { display: block; font: 600 1.05rem system-ui, sans-serif; padding: .9rem 0 .2rem 1rem; }
        .timeline mark.when-hl { background: #fde68a; font-weight: 600; padding: 0 .1em; border-radius: 2px; }
        .timeline li.year::before { width: 13px; height: 13px; left: -9px; top: 1.15rem; background: var(--ink); }
        .timeline .when { font-weight: 600; font-size: .9rem; white-space: nowrap; }
        .timeline .who { white-space: nowrap; }
        .doclist ol { columns: 2; font-size: .9rem; margin: .4rem 0; }
        .doclist summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
        article.doc { border-top: 2px solid var(--line); margin-top: 1.5rem; content-visibility: auto; contain-intrinsic-size: auto 1500px; }
        .docno { color: var(--muted); font-size: .8rem; margin: .8rem 0 0; text-transform: uppercase; letter-spacing: .04em; }
        .dochead { max-width: 44rem; margin: .6rem 0 1rem; padding-bottom: .6rem; border-bottom: 1px dashed var(--line); }
        .dochead p { margin: 0 0 .4rem; white-space: pre-wrap; }
        .dochead .t1 { font-size: 1.5rem; line-height: 1.3; font-weight: 700; }
        .dochead .t2 { font-size: 1.1rem; color: #424a53; font-style: italic; }
        .doctext { white-space: pre-wrap; max-width: 44rem; font-size: 1.05rem; line-height: 1.7; }
        .hl { border-radius: 2px; scroll-margin-top: 5rem; }
        .finding, article.doc, section { scroll-margin-top: 3.5rem; }
        .h-quote { background: #fff3bf; }
        .h-entity { border-bottom: 2px solid #4dabf7; }
        .h-number { background: #ffd8a8; font-weight: 600; }
        .h-date { background: #d3f9d8; }
        .h-cited-source { background: #e5dbff; }
        .h-stance { background: #eef2f7; border-bottom: 1px dashed #57606a; }
        .scroll { overflow-x: auto; max-width: 100%; }
        .scroll > table.wide { min-width: 48rem; }
        td.sentence { min-width: 16rem; }
        .s-supports { background: #dafbe1; color: #116329; }
        .s-rejects { background: #ffebe9; color: #a40e26; }
        .s-reports { background: #ddf4ff; color: #0a3069; }
        .s-absent { background: transparent; color: var(--muted); font-weight: 400; border: 1px dashed var(--line); }
        .badge.self { background: #fff8c5; color: #6b4b00; }
        .badge.status { background: var(--soft); color: var(--muted); font-weight: 400; }
        table.grid th .hyptext { display: block; font-weight: 400; font-size: .8rem; color: var(--muted); min-width: 8rem; }
        table.grid td.cell { min-width: 8rem; }
        table.grid th[scope=row], table.matrix th[scope=row] { background: var(--bg); font-weight: 400; }
        .cell details summary { cursor: pointer; list-style-position: outside; }
        .cell details[open] summary { margin-bottom: .3rem; }
        ul.evidence { margin: 0; padding-left: 1rem; font-size: .85rem; }
        ul.evidence li { margin: .2rem 0; }
        ul.evidence .who { color: var(--muted); }
        table.matrix th.claim { min-width: 16rem; }
        td.ach { text-align: center; font-weight: 700; font-family: ui-monospace, monospace; }
        .ach { padding: 0 .3rem; border-radius: 3px; }
        .a-CC { background: #1a7f37; color: #fff; }
        .a-C { background: #dafbe1; color: #116329; }
        .a-N { background: #f6f8fa; color: #57606a; }
        .a-I { background: #ffebe9; color: #a40e26; }
        .a-II { background: #cf222e; color: #fff; }
        .a-NA { background: #fff; color: #8c959f; font-weight: 400; }
        td.score { text-align: center; font-weight: 700; }
        td.score .meta, td.score .muted { white-space: nowrap; font-weight: 400; font-size: .8rem; }
        td.score.lead { background: #dafbe1; }
        tfoot th, tfoot td { border-top: 2px solid var(--ink); }
        .hl:target { outline: 3px solid #e8590c; outline-offset: 1px; }
        .hl.flash { animation: flash 1.6s ease-out 2; }
        @keyframes flash { 0% { box-shadow: 0 0 0 6px rgba(232, 89, 12, .55); } 100% { box-shadow: 0 0 0 14px rgba(232, 89, 12, 0); } }
        .legend span { margin-right: .75rem; padding: 0 .3rem; font-size: .85rem; }
        .problems li { color: #a40e26; }
        .muted { color: var(--muted); }
        .cut { font-style: italic; }
        html.js main > section[hidden] { display: none; }
        html.js #documents article.doc:not(.current) { display: none; }
        @media print { nav { display: none; } html.js main > section[hidden], html.js #documents article.doc { display: block; } }
        """;

    public const string Script = """
        (function () {
          var sections = Array.prototype.slice.call(document.querySelectorAll('main > section'));
          var tabs = Array.prototype.slice.call(document.querySelectorAll('nav a'));
          var back = document.getElementById('back');
          function show(id) {
            var target = id ? document.getElementById(id) : null;
            var section = target ? target.closest('main > section') : null;
            if (!section) { section = sections[0]; }
            sections.forEach(function (s) { s.hidden = s !== section; });
            tabs.forEach(function (t) { t.classList.toggle('active', t.getAttribute('href') === '#' + section.id); });
            if (section.id === 'documents') {
              var doc = target ? target.closest('article.doc') : null;
              var docs = section.querySelectorAll('article.doc');
              if (!doc) { doc = section.querySelector('article.doc.current') || docs[0]; }
              Array.prototype.forEach.call(docs, function (d) { d.classList.toggle('current', d === doc); });
            }
            var finding = target && target.classList.contains('hl');
            back.hidden = !(finding || (target && target.tagName === 'ARTICLE')) || history.length < 2;
            // After the browser's own jump to the fragment: center a finding, else start at the top
            setTimeout(function () {
              if (target && target !== section) {
                target.scrollIntoView({ block: finding ? 'center' : 'start' });
                if (finding) { target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash'); }
              } else {
                window.scrollTo(0, 0);
              }
            }, 0);
          }
          function current() { return decodeURIComponent(location.hash.slice(1)); }
          document.addEventListener('click', function (e) {
            var link = e.target.closest('a[href^="#"]');
            if (link) {
              if (link.getAttribute('href') === location.hash) { e.preventDefault(); show(current()); }
              return;
            }
            var row = e.target.closest('[data-go]');
            if (row && !String(window.getSelection())) { location.hash = row.getAttribute('data-go'); }
          });
          back.addEventListener('click', function () { history.back(); });
          document.documentElement.classList.add('js');
          window.addEventListener('hashchange', function () { show(current()); });
          show(current());
          window.addEventListener('load', function () { if (location.hash) { show(current()); } });
        })();
        """;
}
