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
  var config = Object.assign({}, cookieConsentConfig, {
    cookie: { name: script.dataset.cookie, expiresAfterDays: Number(script.dataset.days) },
    language: Object.assign({}, cookieConsentConfig.language, { autoDetect: 'document' }),
  });
  CookieConsent.run(config);
})();
