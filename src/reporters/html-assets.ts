/**
 * The HTML report's only style sheet and script. Both are constant text (the report's data lives in
 * escaped elements and data-* attributes, never inside the script), so the Content-Security-Policy
 * can allow exactly these two by hash and nothing else.
 */

export const REPORT_CSS = `
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;--bg:#fff;--fg:#1d1d1f;--muted:#666;--line:#e4e4e7;--mark-error:#ffcdd2;--mark-warning:#ffe0a3;--mark-info:#cfe3ff}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{padding:0 1.2rem}
header{background:#fafafa;border-bottom:1px solid var(--line);padding-top:.4rem;padding-bottom:.4rem}
h1{font-size:1.25rem;margin:.2rem 0}
h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
[hidden]{display:none!important}
.meta{color:var(--muted)}
#filters{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:flex-start}
#filters fieldset{border:1px solid var(--line);border-radius:6px;padding:.15rem .5rem;margin:0}
#filters legend{font-size:.8rem;color:var(--muted)}
#filters fieldset.documents{max-height:7.5rem;overflow:auto}
#filters label{margin-right:.6rem;white-space:nowrap}
#shown{font-weight:600}
table{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
table.references{width:100%}
#timeline td:first-child,#timeline td:last-child{white-space:nowrap}
table.references td:nth-child(6){min-width:14rem}
th{background:#f4f4f5}
td.num{text-align:right;font-variant-numeric:tabular-nums}
span.sev{display:inline-block;font-weight:600;font-size:.8rem;text-transform:uppercase}
.note span.sev{min-width:4.3rem}
.sev-error .sev,.sev.error{color:var(--error)}.sev-warning .sev,.sev.warning{color:var(--warning)}.sev-info .sev,.sev.info{color:var(--info)}
details.source{border:1px solid var(--line);border-radius:8px;margin:.8rem 0;padding:0 .6rem}
details.source>summary{cursor:pointer;padding:.5rem 0;font-weight:600}
.pane{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:.8rem;padding-bottom:.6rem}
.text{font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere;max-height:78vh;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:.4rem 0;background:#fcfcfc}
.l{display:block;padding:0 .6rem 0 4.2rem;text-indent:-3.6rem;min-height:1.5em}
.l::before{content:attr(data-n);display:inline-block;width:3rem;margin-right:.6rem;text-align:right;color:#aaa;user-select:none}
.l:target{background:#fff6c2}
mark.f{border-radius:2px;cursor:pointer;color:inherit}
mark.f.sev-error{background:var(--mark-error);box-shadow:inset 0 -2px var(--error)}
mark.f.sev-warning{background:var(--mark-warning);box-shadow:inset 0 -2px var(--warning)}
mark.f.sev-info{background:var(--mark-info);box-shadow:inset 0 -2px var(--info)}
mark.f.off{background:none;box-shadow:none;cursor:text}
mark.f.pin::before{content:"\\25B4";color:var(--error)}
mark.f.pin.off::before{content:""}
mark.f.current{outline:2px solid #000}
.notes{list-style:none;margin:0;padding:0;max-height:78vh;overflow:auto}
.note{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:.35rem .5rem;margin:0 0 .45rem}
.note.sev-error{border-left-color:var(--error)}.note.sev-warning{border-left-color:var(--warning)}.note.sev-info{border-left-color:var(--info)}
.note.current{background:#fff8e1}
.note .rule{font:12px ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}
.note .msg{margin:.2rem 0}
.note code,td code{background:#f1f1f3;padding:0 .2rem;border-radius:3px;white-space:pre-wrap;overflow-wrap:anywhere}
.note ul{margin:.2rem 0;padding-left:1.1rem}
#popover{position:absolute;z-index:10;max-width:32rem;background:#fff;border:1px solid #999;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.5rem}
#popover .note{margin:.2rem 0}
.empty{color:var(--muted);font-style:italic}
@media (max-width:900px){.pane{grid-template-columns:1fr}}
`;

export const REPORT_JS = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var notes = Array.prototype.slice.call(document.querySelectorAll('[data-finding]'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.f'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('[data-doc-section]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-doc-row]'));
  var popover = document.getElementById('popover');
  function checked(name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) { if (box.checked) set[box.value] = true; });
    return set;
  }
  function apply() {
    var sev = checked('severity'), fam = checked('family'), doc = checked('document');
    var visible = {}, count = 0;
    notes.forEach(function (note) {
      var d = note.dataset;
      var on = !!(sev[d.sev] && fam[d.fam] && doc[d.doc]);
      note.hidden = !on;
      if (on) { visible[d.finding] = true; }
    });
    Object.keys(visible).forEach(function () { count++; });
    marks.forEach(function (mark) {
      var on = mark.dataset.f.split(' ').some(function (id) { return visible[id]; });
      mark.classList.toggle('off', !on);
    });
    sections.forEach(function (section) { section.hidden = !doc[section.dataset.docSection]; });
    rows.forEach(function (row) { row.hidden = !doc[row.dataset.docRow]; });
    document.getElementById('shown').textContent = String(count);
    hidePopover();
  }
  function hidePopover() {
    popover.hidden = true;
    Array.prototype.forEach.call(document.querySelectorAll('.current'), function (el) { el.classList.remove('current'); });
  }
  function show(mark) {
    if (mark.classList.contains('off')) return;
    hidePopover();
    var body = document.getElementById('popover-body');
    while (body.firstChild) body.removeChild(body.firstChild);
    mark.dataset.f.split(' ').forEach(function (id) {
      var note = document.getElementById('n' + id);
      if (!note || note.hidden) return;
      var copy = note.cloneNode(true);
      copy.removeAttribute('id');
      copy.removeAttribute('data-finding');
      body.appendChild(copy);
      note.classList.add('current');
      note.scrollIntoView({ block: 'nearest' });
    });
    mark.classList.add('current');
    var box = mark.getBoundingClientRect();
    popover.style.top = (window.scrollY + box.bottom + 6) + 'px';
    popover.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 520)) + 'px';
    popover.hidden = false;
  }
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var el = target; el; el = el.parentElement) if (el.tagName === 'DETAILS') el.open = true;
    if (target) target.scrollIntoView({ block: 'center' });
  }
  form.addEventListener('change', apply);
  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('mark.f') : null;
    if (mark) { show(mark); event.stopPropagation(); return; }
    if (!popover.contains(event.target)) hidePopover();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hidePopover();
    if (event.key === 'Enter' && event.target.matches && event.target.matches('mark.f')) show(event.target);
  });
  window.addEventListener('hashchange', openTarget);
  apply();
  openTarget();
  document.documentElement.dataset.ready = 'true';
})();
`;
