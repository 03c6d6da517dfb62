// The residents' idle timeout: warns before the session ends and offers to stay signed in (a
// request that keeps the session alive, without leaving the page and its form). Without
// JavaScript the page says the time and the link opens a page that does the same.
(function () {
  'use strict';
  var box = document.getElementById('resident-session');
  if (!box) {
    return;
  }
  var warning = box.querySelector('.resident-session-warning');
  var ended = box.querySelector('.resident-session-ended');
  var keepAlive = box.querySelector('[data-resident-keepalive]');
  var warnMillis = Number(box.getAttribute('data-warn-seconds')) * 1000;
  var endsAt = Date.parse(box.getAttribute('data-ends-at'));
  var timer = null;

  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    var now = Date.now();
    if (now >= endsAt) {
      warning.hidden = true;
      ended.hidden = false;
      return;
    }
    if (now >= endsAt - warnMillis) {
      warning.hidden = false;
      timer = setTimeout(schedule, Math.min(1000 * 15, endsAt - now));
      return;
    }
    warning.hidden = true;
    timer = setTimeout(schedule, endsAt - warnMillis - now);
  }

  keepAlive.addEventListener('click', function (event) {
    event.preventDefault();
    fetch(keepAlive.getAttribute('href'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var state = page.getElementById('resident-session-state');
        if (state && state.getAttribute('data-ends-at')) {
          endsAt = Date.parse(state.getAttribute('data-ends-at'));
        }
        schedule();
      })
      .catch(function () { schedule(); });
  });

  schedule();
})();
