// Hand-written test configuration, in the shape cookie-charter generates (klaro-config.js):
// necessary (sessionid), statistics (_pk_id.*) and third_party (yt_pref).
var klaroConfig = {
  "lang": "en",
  "services": [
    {
      "name": "cookie_charter_1",
      "title": "Test site — Session",
      "purposes": ["necessary"],
      "cookies": ["sessionid"],
      "required": true,
      "default": true
    },
    {
      "name": "cookie_charter_2",
      "title": "Matomo — Audience measurement",
      "purposes": ["statistics"],
      "cookies": [/^_pk_id\x2e/],
      "required": false,
      "default": false
    },
    {
      "name": "cookie_charter_3",
      "title": "YouTube — Embedded videos",
      "purposes": ["third_party"],
      "cookies": ["yt_pref"],
      "required": false,
      "default": false
    }
  ]
};
