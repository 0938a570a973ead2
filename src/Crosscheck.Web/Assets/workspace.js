// The workspace's only script (served from the workspace itself; the pages run under a CSP without inline script).
(function () {
  'use strict';
  var HEADER = { 'X-Crosscheck-Request': '1' };

  // Document view: centre the finding a link points to, mark it, and let the reader hide kinds of highlight.
  function showTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target || !target.classList.contains('hl')) { return; }
    document.querySelectorAll('.hl.target').forEach(function (el) { el.classList.remove('target'); });
    target.classList.add('target');
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash');
  }
  window.addEventListener('hashchange', showTarget);
  // The browser's own jump to the fragment comes with the load: centre the finding again after it.
  window.addEventListener('load', function () { setTimeout(showTarget, 0); });
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }

  function init() {
    showTarget();
    var active = document.querySelector('nav a.active');
    if (active && active.parentNode.parentNode.scrollWidth > active.parentNode.parentNode.clientWidth) {
      active.parentNode.parentNode.scrollLeft = active.offsetLeft - 16;
    }
    var text = document.getElementById('text');
    document.querySelectorAll('fieldset.kinds input[data-kind]').forEach(function (box) {
      box.addEventListener('change', function () { text.classList.toggle('off-' + box.getAttribute('data-kind'), !box.checked); });
    });

    // Entities: filter the table as you type
    var filter = document.getElementById('entity-filter');
    if (filter) {
      filter.addEventListener('input', function () {
        var q = filter.value.trim().toLowerCase();
        document.querySelectorAll('tr[data-names]').forEach(function (row) {
          row.hidden = q.length > 0 && row.getAttribute('data-names').indexOf(q) < 0;
        });
      });
    }

    // Forms that post to the API (entity edits, pasted text, uploads)
    document.querySelectorAll('form[data-api]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var url = form.getAttribute('data-api');
        var body, headers = Object.assign({}, HEADER);
        if (form.enctype === 'multipart/form-data') {
          body = new FormData(form);
        } else {
          var data = {};
          new FormData(form).forEach(function (v, k) { data[k] = v; });
          body = JSON.stringify(data);
          headers['Content-Type'] = 'application/json';
        }
        var button = form.querySelector('button[type=submit]');
        if (button) { button.disabled = true; }
        status(form, 'Sending…', '');
        send('POST', url, headers, body).then(function (r) {
          if (button) { button.disabled = false; }
          if (!r.ok) { status(form, r.error, 'error'); return; }
          if (r.data && r.data.job) { status(form, 'Saved ' + r.data.saved.join(', ') + '.', 'ok'); form.reset(); poll(); return; }
          location.reload();
        });
      });
    });

    document.querySelectorAll('button[data-undo]').forEach(function (b) {
      b.addEventListener('click', function () {
        send('DELETE', '/api/entities/edits/' + b.getAttribute('data-undo'), HEADER).then(function (r) {
          if (r.ok) { location.reload(); } else { window.alert(r.error); }
        });
      });
    });

    document.querySelectorAll('button[data-split-alias]').forEach(function (b) {
      b.addEventListener('click', function () {
        var body = JSON.stringify({ entity: b.getAttribute('data-split-entity'), other: b.getAttribute('data-split-alias') });
        send('POST', '/api/entities/split', Object.assign({ 'Content-Type': 'application/json' }, HEADER), body).then(function (r) {
          if (r.ok) { location.reload(); } else { window.alert(r.error); }
        });
      });
    });

    var job = document.getElementById('job');
    if (job && job.getAttribute('data-state') === 'running') { poll(); }
  }

  function send(method, url, headers, body) {
    return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' }).then(function (res) {
      return res.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (err) { data = null; }
        return { ok: res.ok, data: data, error: data && data.error ? data.error : 'The request failed (HTTP ' + res.status + ').' };
      });
    }, function () { return { ok: false, data: null, error: 'The workspace did not answer.' }; });
  }

  function status(form, message, kind) {
    var out = form.querySelector('.form-status') || (form.parentNode && form.parentNode.querySelector('.form-status'));
    if (!out) {
      out = document.createElement('p');
      out.className = 'form-status';
      out.setAttribute('role', 'status');
      form.appendChild(out);
    }
    out.textContent = message;
    out.className = 'form-status' + (kind ? ' ' + kind : '');
  }

  // Analysis progress: poll /api/jobs/current until the run is done.
  function poll() {
    var bar = document.getElementById('job-progress'), msg = document.getElementById('job-message');
    var done = document.getElementById('job-done'), problems = document.getElementById('job-problems'), box = document.getElementById('job');
    if (!bar) { return; }
    bar.hidden = false; done.hidden = true;
    fetch('/api/jobs/current').then(function (r) { return r.json(); }).then(function (job) {
      box.setAttribute('data-state', job.state);
      var stage = job.stage ? ' — ' + job.stage + (job.total ? ' ' + job.done + '/' + job.total : '') : '';
      msg.textContent = job.message + stage;
      if (job.total) { bar.max = job.total; bar.value = job.done; } else { bar.removeAttribute('value'); }
      problems.textContent = '';
      (job.problems || []).forEach(function (p) { var li = document.createElement('li'); li.textContent = p; problems.appendChild(li); });
      if (job.state === 'running') { setTimeout(poll, 400); return; }
      bar.hidden = true;
      done.hidden = job.state !== 'done';
      msg.className = job.state === 'failed' ? 'error' : '';
    });
  }
})();
