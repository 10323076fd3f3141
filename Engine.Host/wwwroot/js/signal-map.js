// The signal pages' maps, an enhancement over what works without it: on the form a click (or Enter on the map
// with the keyboard's arrows moving it) fills the latitude and longitude fields, which stay the way to give a
// point; on the register the listed signals become markers, the list staying the accessible alternative.
(function () {
  'use strict';
  if (!window.L) {
    return;
  }

  var sofia = [42.6977, 23.3219];

  function tiles(wrap) {
    return L.tileLayer(wrap.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: wrap.getAttribute('data-attribution')
    });
  }

  function number(input) {
    var value = parseFloat((input.value || '').replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function pick(wrap, element) {
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    var label = wrap.getAttribute('data-marker');
    var start = number(latitude) !== null && number(longitude) !== null
      ? [number(latitude), number(longitude)] : null;
    var map = L.map(element).setView(start || sofia, start ? 16 : 12);
    tiles(wrap).addTo(map);
    var marker = null;

    function place(point) {
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.marker(point, { alt: label, title: label, keyboard: false }).addTo(map);
      }
    }

    if (start) {
      place(start);
    }

    map.on('click', function (event) {
      latitude.value = event.latlng.lat.toFixed(6);
      longitude.value = event.latlng.lng.toFixed(6);
      place(event.latlng);
    });
    map.getContainer().addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        var centre = map.getCenter();
        latitude.value = centre.lat.toFixed(6);
        longitude.value = centre.lng.toFixed(6);
        place(centre);
      }
    });

    function moved() {
      if (number(latitude) !== null && number(longitude) !== null) {
        place([number(latitude), number(longitude)]);
        map.panTo([number(latitude), number(longitude)]);
      }
    }

    latitude.addEventListener('change', moved);
    longitude.addEventListener('change', moved);
  }

  function show(wrap, element) {
    var map = L.map(element).setView(sofia, 12);
    tiles(wrap).addTo(map);
    var points = [];
    document.querySelectorAll('[data-lat][data-lng]').forEach(function (item) {
      var point = [parseFloat(item.getAttribute('data-lat')), parseFloat(item.getAttribute('data-lng'))];
      var source = item.querySelector('a');
      if (!source || !isFinite(point[0]) || !isFinite(point[1])) {
        return;
      }

      // The popup is built from the list's own link, as text: nothing of a signal is read as HTML.
      var link = document.createElement('a');
      link.href = source.getAttribute('href');
      link.textContent = source.textContent;
      L.marker(point, { alt: source.textContent, title: source.textContent }).addTo(map).bindPopup(link);
      points.push(point);
    });
    if (points.length > 0) {
      map.fitBounds(points, { maxZoom: 16, padding: [20, 20] });
    }
  }

  document.querySelectorAll('[data-map]').forEach(function (wrap) {
    var element = wrap.querySelector('.map');
    wrap.hidden = false;
    if (wrap.getAttribute('data-map') === 'pick') {
      pick(wrap, element);
    } else {
      show(wrap, element);
    }
  });
}());
