// The portal's audience measurement, as Matomo's JavaScript tracker keeps its visitor and its
// visit: run by the consent banner only once the visitor accepts statistics (a script element of
// type text/plain with data-category="statistics"). Declared by PortalCookies.AUDIENCE_ID and
// AUDIENCE_SESSION; the banner clears both when the visitor withdraws consent.
(function () {
  'use strict';
  var suffix = '.1.f3a1'; // the site's id and a hash of its domain, as Matomo names them
  var thirteenMonths = 393 * 24 * 3600;
  if (document.cookie.indexOf('_pk_id' + suffix + '=') < 0) {
    var id = Math.random().toString(16).slice(2, 18);
    document.cookie = '_pk_id' + suffix + '=' + id + '.' + Math.floor(Date.now() / 1000) +
      '; path=/; max-age=' + thirteenMonths + '; SameSite=Lax';
  }
  document.cookie = '_pk_ses' + suffix + '=1; path=/; max-age=1800; SameSite=Lax';
})();
