// A response template fills the answer field; the handler may edit it before saving.
document.addEventListener('change', function (event) {
  var select = event.target;
  if (select.matches && select.matches('select[data-fills]') && select.value) {
    document.getElementById(select.getAttribute('data-fills')).value = select.value;
  }
});
