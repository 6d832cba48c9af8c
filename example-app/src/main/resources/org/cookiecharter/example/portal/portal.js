// The portal's own script: keeps the view chosen for the list of datasets in the browser's storage,
// under the key that its script element names (declared PortalCookies.DATASETS_VIEW, necessary).
(function () {
  'use strict';
  var key = document.currentScript.dataset.key;
  try {
    if (!window.localStorage.getItem(key)) {
      window.localStorage.setItem(key, 'list');
    }
  } catch (e) {
    // storage disabled: the default view
  }
})();
