// clinicbot web chat: the full page (/chat/) and the widget that one
// <script src=".../chat/widget.js" defer></script> adds to a clinic page.
// Every text from the server is shown as text, never parsed as HTML.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__clinicbotLoaded) { return; }
  window.__clinicbotLoaded = true;
  var page = script.getAttribute('data-mode') === 'page';
  var base = script.src.replace(/[^/]*$/, ''); // .../chat/
  var api = base + 'api/';
  var storeKey = 'clinicbot-session:' + base;
  var token = null;
  try { token = window.localStorage.getItem(storeKey); } catch (e) { /* storage off: a session per page load */ }
  var lastId = 0;
  var queue = [];
  var sending = false;
  var inputMode = '';
  var ui = {};

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function cid() {
    var a = new Uint8Array(8);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // render puts text into a node: lines, "- " items as bullets, **bold**.
  function render(node, text) {
    text.split('\n').forEach(function (line, i) {
      if (i > 0) { node.appendChild(el('br')); }
      if (line.indexOf('- ') === 0) { line = '• ' + line.slice(2); }
      var parts = line.split('**');
      var bold = parts.length % 2 === 1;
      parts.forEach(function (p, j) {
        if (bold && j % 2 === 1) { node.appendChild(el('strong', {}, p)); } else if (p) { node.appendChild(document.createTextNode(p)); }
      });
    });
  }

  function status(text) { ui.status.textContent = text || ''; }

  function show(it) {
    if (it.reset) { ui.log.textContent = ''; }
    if (it.cid) {
      var pending = ui.log.querySelector('[data-cid="' + it.cid + '"]');
      if (pending) { pending.remove(); }
    }
    var who = it.from === 'you' ? 'You' : (it.from === 'staff' ? 'Clinic team' : ui.name);
    var item = el('div', { 'class': 'cb-msg cb-' + it.from });
    item.appendChild(el('span', { 'class': 'cb-who' }, who + ': '));
    var body = el('span', { 'class': 'cb-text' });
    render(body, it.text || '');
    item.appendChild(body);
    if (it.choices && it.choices.length) {
      var row = el('div', { 'class': 'cb-choices' });
      it.choices.forEach(function (c) {
        var b = el('button', { type: 'button', 'class': 'cb-choice' }, c.Label);
        b.addEventListener('click', function () { enqueue({ choice: c.Data, label: c.Label }); });
        row.appendChild(b);
      });
      item.appendChild(row);
    }
    ui.log.appendChild(item);
    ui.log.scrollTop = ui.log.scrollHeight;
    if (it.from === 'bot') { setInput(it.input || ''); }
  }

  function setInput(mode) {
    inputMode = mode;
    if (mode === 'phone') {
      ui.input.type = 'tel';
      ui.input.setAttribute('autocomplete', 'tel');
      ui.input.placeholder = 'Your phone number, e.g. 98100 12345';
    } else {
      ui.input.type = 'text';
      ui.input.setAttribute('autocomplete', 'off');
      ui.input.placeholder = 'Type your question';
    }
  }

  function newSession() {
    return fetch(api + 'session', { method: 'POST' }).then(function (r) {
      if (!r.ok) { throw new Error('session ' + r.status); }
      return r.json();
    }).then(function (j) {
      token = j.token;
      lastId = 0;
      try { window.localStorage.setItem(storeKey, token); } catch (e) { /* kept for this page only */ }
    });
  }

  // stream reads the session's history, then each new item, reconnecting
  // with backoff; a reconnect asks only for what came after the last item.
  function stream() {
    var backoff = 1000;
    function loop() {
      var ok = false;
      return fetch(api + 'events?after=' + lastId, { headers: { 'X-Session': token } }).then(function (r) {
        if (r.status === 401) {
          ui.log.textContent = '';
          return newSession().then(function () { ok = true; });
        }
        if (!r.ok || !r.body) { throw new Error('events ' + r.status); }
        ok = true;
        backoff = 1000;
        status('');
        var reader = r.body.getReader();
        var dec = new TextDecoder();
        var buf = '';
        function read() {
          return reader.read().then(function (res) {
            if (res.done) { return; }
            buf += dec.decode(res.value, { stream: true });
            var i;
            while ((i = buf.indexOf('\n\n')) >= 0) {
              var chunk = buf.slice(0, i);
              buf = buf.slice(i + 2);
              chunk.split('\n').forEach(function (line) {
                if (line.indexOf('data: ') === 0) {
                  var it = JSON.parse(line.slice(6));
                  if (it.id > lastId) { lastId = it.id; show(it); }
                }
              });
            }
            return read();
          });
        }
        return read();
      }).catch(function () {
        status('Reconnecting…');
      }).then(function () {
        var wait = ok ? 200 : backoff;
        backoff = Math.min(backoff * 2, 30000);
        return sleep(wait).then(loop);
      });
    }
    return loop();
  }

  // enqueue sends a message in order; while offline it waits, shown as
  // pending, and goes as soon as the connection is back.
  function enqueue(msg) {
    msg.cid = cid();
    queue.push(msg);
    var text = msg.text || msg.label || '';
    var p = el('div', { 'class': 'cb-msg cb-you cb-pending', 'data-cid': msg.cid });
    p.appendChild(el('span', { 'class': 'cb-who' }, 'You: '));
    p.appendChild(el('span', { 'class': 'cb-text' }, text));
    ui.log.appendChild(p);
    ui.log.scrollTop = ui.log.scrollHeight;
    pump();
  }

  function pump() {
    if (sending || !queue.length || !token) { return; }
    sending = true;
    var backoff = 1000;
    function next() {
      if (!queue.length) { sending = false; return; }
      var m = queue[0];
      fetch(api + 'send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Session': token },
        body: JSON.stringify(m)
      }).then(function (r) {
        if (r.status === 401) { return newSession().then(next); }
        if (r.ok) {
          queue.shift();
          backoff = 1000;
          status('');
          return next();
        }
        if (r.status >= 400 && r.status < 500 && r.status !== 429) {
          return r.json().catch(function () { return {}; }).then(function (j) {
            queue.shift();
            var p = ui.log.querySelector('[data-cid="' + m.cid + '"]');
            if (p) { p.remove(); }
            status(j.error || 'That message could not be sent.');
            return next();
          });
        }
        throw new Error('send ' + r.status);
      }).catch(function () {
        status('Offline: your message will be sent when the connection is back.');
        sleep(backoff).then(next);
        backoff = Math.min(backoff * 2, 30000);
      });
    }
    next();
  }

  function build(info) {
    ui.name = info.name || 'Clinic';
    var root = el('div', { 'class': 'cb-root' + (page ? ' cb-full' : ' cb-widget') });
    if (/^#[0-9a-fA-F]{3,6}$/.test(info.colour || '')) { root.style.setProperty('--cb-colour', info.colour); }
    var panel = el('section', { 'class': 'cb-panel', role: page ? 'region' : 'dialog', 'aria-label': 'Chat with ' + ui.name });
    var head = el('header', { 'class': 'cb-head' });
    head.appendChild(el('h1', { 'class': 'cb-title' }, ui.name));
    if (!page) {
      var close = el('button', { type: 'button', 'class': 'cb-close', 'aria-label': 'Close chat' }, '×');
      close.addEventListener('click', function () { toggle(false); });
      head.appendChild(close);
    }
    panel.appendChild(head);
    panel.appendChild(el('p', { 'class': 'cb-note' }, info.note || ''));
    ui.log = el('div', { 'class': 'cb-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
    panel.appendChild(ui.log);
    ui.status = el('p', { 'class': 'cb-status', role: 'status' });
    panel.appendChild(ui.status);
    var form = el('form', { 'class': 'cb-form' });
    var id = 'cb-input-' + cid();
    form.appendChild(el('label', { 'for': id, 'class': 'cb-hidden' }, 'Type your message'));
    ui.input = el('input', { id: id, type: 'text', maxlength: '2000', 'aria-label': 'Type your message', autocomplete: 'off' });
    form.appendChild(ui.input);
    var send = el('button', { type: 'submit', 'class': 'cb-send', 'aria-label': 'Send message' }, 'Send');
    form.appendChild(send);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = ui.input.value.trim();
      if (!text) { return; }
      ui.input.value = '';
      enqueue({ text: text });
    });
    panel.appendChild(form);
    var del = el('button', { type: 'button', 'class': 'cb-forget' }, 'Delete my conversation');
    del.addEventListener('click', function () { enqueue({ text: '/forget', label: 'Delete my conversation' }); });
    panel.appendChild(del);
    setInput('');
    if (page) {
      root.appendChild(panel);
      (document.getElementById('clinicbot-chat') || document.body).appendChild(root);
    } else {
      var css = el('link', { rel: 'stylesheet', href: base + 'chat.css' });
      document.head.appendChild(css);
      ui.launcher = el('button', { type: 'button', 'class': 'cb-launcher', 'aria-expanded': 'false', 'aria-label': 'Open chat with ' + ui.name }, 'Chat');
      ui.launcher.addEventListener('click', function () { toggle(ui.panel.hidden); });
      panel.hidden = true;
      panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { toggle(false); } });
      root.appendChild(ui.launcher);
      root.appendChild(panel);
      document.body.appendChild(root);
    }
    ui.panel = panel;
  }

  var started = false;
  function start() {
    if (started) { return; }
    started = true;
    var ready = token ? Promise.resolve() : newSession();
    ready.then(function () { stream(); pump(); }).catch(function () { status('The chat is not available just now. Please call the clinic.'); });
  }

  function toggle(open) {
    ui.panel.hidden = !open;
    ui.launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) { start(); ui.input.focus(); } else { ui.launcher.focus(); }
  }

  function init() {
    fetch(api + 'info').then(function (r) {
      if (!r.ok) { throw new Error('info ' + r.status); }
      return r.json();
    }).then(function (info) {
      build(info);
      if (page) { start(); ui.input.focus(); }
    }).catch(function () {
      // Not allowed on this page (or the server is down): show nothing.
      if (window.console) { window.console.warn('clinicbot chat: not available on this page'); }
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
