// The portal's consent banner: CookieConsent v3, run with the configuration that cookie-charter
// generated from the @DeclaredCookie declarations (cookieConsentConfig, loaded before this file).
// The choice is kept in the cookie that this script's element names, declared by the portal, in
// the page's language.
(function () {
  'use strict';
  var script = document.currentScript;
  if (typeof CookieConsent === 'undefined' || typeof cookieConsentConfig === 'undefined') {
    return; // blocked or not run: the portal then sets only the cookies that need no consent
  }
  var name = script.dataset.cookie;
  // The portal's earlier banner kept "accept" or "refuse" in the same cookie, host-only: on a
  // domain, CookieConsent writes its own beside it and would read the old one first, forever.
  document.cookie.split(/;\s*/).forEach(function (cookie) {
    var value = cookie.slice(name.length + 1);
    if (cookie.slice(0, name.length + 1) === name + '=' && value.charAt(0) !== '%') {
      document.cookie = name + '=; Path=/; Max-Age=0';
    }
  });
  var config = Object.assign({}, cookieConsentConfig, {
    cookie: { name: name, expiresAfterDays: Number(script.dataset.days) },
    language: Object.assign({}, cookieConsentConfig.language, { autoDetect: 'document' }),
  });
  CookieConsent.run(config);
})();
