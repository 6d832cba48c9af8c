// The map of the home page, embedded from another site: run by the consent banner only once the
// visitor accepts third parties (data-category="third_party"), since the map's site keeps its own
// cookie (PortalCookies.MAP_PREFERENCES). The frame's address is the placeholder's data-src.
(function () {
  'use strict';
  var placeholder = document.getElementById('map');
  if (!placeholder || placeholder.querySelector('iframe')) {
    return;
  }
  var frame = document.createElement('iframe');
  frame.src = placeholder.dataset.src;
  frame.title = placeholder.dataset.title;
  frame.width = '480';
  frame.height = '240';
  placeholder.textContent = '';
  placeholder.appendChild(frame);
})();
