// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // Send the CSRF token with htmx's non-GET requests.
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
  // Move focus to an error summary so that screen reader users hear it first.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
});
