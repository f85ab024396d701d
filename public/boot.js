// Shows a readable message instead of a blank page when the app cannot start or crashes:
// the .wasm blocked or missing, a browser without WebAssembly, or a panic (the Rust panic
// hook calls window.__rigplanFatal). Loaded from a file so the CSP needs no inline script.
(function () {
  'use strict';
  var shown = false;
  function show(reason) {
    if (shown) return;
    shown = true;
    var box = document.getElementById('boot-error');
    var detail = document.getElementById('boot-error-detail');
    if (detail) detail.textContent = String(reason).slice(0, 300);
    if (box) box.hidden = false;
  }
  window.__rigplanFatal = show;
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && (t.tagName === 'SCRIPT' || t.tagName === 'LINK')) {
      show('a file of the app could not be loaded');
    } else if (e.error && e.error.name === 'RuntimeError') {
      show('the app stopped with an internal error (' + e.error.message + ')');
    }
  }, true);
  // A promise that fails before the first result means the app could not start; after it,
  // the app handles its own (a refused clipboard, say) and keeps running.
  window.addEventListener('unhandledrejection', function (e) {
    if (window.__rigplanFirstResult !== undefined) return;
    var r = e.reason;
    show('the app could not start: ' + ((r && r.message) || r));
  });
  if (typeof WebAssembly !== 'object') show('this browser has no WebAssembly');
  // Offline after one visit (sw.js, written at build time next to index.html). Registered
  // once the first result shows: its precache downloads every file again, which on a slow
  // connection would otherwise share the bandwidth with the app's own first load.
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    var polls = 0;
    var waiting = setInterval(function () {
      if (window.__rigplanFirstResult === undefined && ++polls < 1200) return;
      clearInterval(waiting);
      navigator.serviceWorker.register('sw.js').catch(function () {});
    }, 50);
  }
  setTimeout(function () {
    if (window.__rigplanFirstResult === undefined) show('the app did not start within 5 seconds');
  }, 5000);
})();
