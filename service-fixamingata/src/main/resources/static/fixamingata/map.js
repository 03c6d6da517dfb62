// The report map: a pin where the resident clicks, or at the phone's position; the latitude and
// longitude fields are the real input, so the page works without tiles and without this script.
(function () {
  // the tile service's attribution (sambruk.maps.attribution) as text: Leaflet would read it as HTML
  function textOnly(text) {
    var span = document.createElement('span');
    span.textContent = text || '';
    return span.innerHTML;
  }

  function start() {
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    var element = document.getElementById('map');
    var positionButton = document.getElementById('use-position');
    if (positionButton && navigator.geolocation) {
      positionButton.hidden = false;
      positionButton.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          place(position.coords.latitude, position.coords.longitude);
        });
      });
    }
    var map = null, marker = null;
    function place(latitude, longitude) {
      lat.value = latitude.toFixed(6);
      lon.value = longitude.toFixed(6);
      if (map) {
        if (marker) { marker.setLatLng([latitude, longitude]); } else { marker = window.L.marker([latitude, longitude]).addTo(map); }
        map.setView([latitude, longitude], Math.max(map.getZoom(), 15));
      }
    }
    if (!element || !window.L) { return; }
    map = window.L.map(element).setView([62.0, 15.0], 5);
    window.L.tileLayer(element.getAttribute('data-tiles'), {
      maxZoom: 19, attribution: textOnly(element.getAttribute('data-attribution'))
    }).addTo(map);
    map.on('click', function (event) { place(event.latlng.lat, event.latlng.lng); });
    if (lat.value && lon.value && !isNaN(parseFloat(lat.value)) && !isNaN(parseFloat(lon.value))) {
      place(parseFloat(lat.value), parseFloat(lon.value));
    }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
