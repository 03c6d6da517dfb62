// The inbox on a map: one marker per row of the list below it (the list is the page without
// JavaScript or tiles), coloured by the report's state group; a marker's popup links to the report.
(function () {
  // the tile service's attribution (sambruk.maps.attribution) as text: Leaflet would read it as HTML
  function textOnly(text) {
    var span = document.createElement('span');
    span.textContent = text || '';
    return span.innerHTML;
  }

  var colours = { OPEN: '#c0392b', FIXED: '#1d6b4f', CLOSED: '#5c5c5c', HIDDEN: '#ffffff' };
  function start() {
    var element = document.getElementById('map');
    if (!element || !window.L) { return; }
    var map = window.L.map(element).setView([62.0, 15.0], 5);
    window.L.tileLayer(element.getAttribute('data-tiles'), { maxZoom: 19, attribution: textOnly(element.getAttribute('data-attribution')) }).addTo(map);
    var bounds = [];
    document.querySelectorAll('#map-points tbody tr').forEach(function (row) {
      var lat = parseFloat(row.getAttribute('data-lat')), lon = parseFloat(row.getAttribute('data-lon'));
      if (isNaN(lat) || isNaN(lon)) { return; }
      var link = row.querySelector('a');
      var popup = document.createElement('a');
      popup.href = link.href;
      popup.textContent = row.cells[0].textContent + ': ' + link.textContent + ' (' + row.cells[3].textContent + ')';
      window.L.circleMarker([lat, lon], {
        radius: 7, weight: 1, color: '#1b1f23', fillOpacity: 0.9,
        fillColor: colours[row.getAttribute('data-group')] || '#00507a'
      }).bindPopup(popup).addTo(map);
      bounds.push([lat, lon]);
    });
    if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 }); }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
