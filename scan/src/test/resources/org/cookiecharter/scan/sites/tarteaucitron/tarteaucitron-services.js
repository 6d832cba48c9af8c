// Hand-written test configuration, in the shape cookie-charter generates (tarteaucitron-services.js):
// necessary (sessionid), statistics (_pk_id.*) and third_party (yt_pref). Unlike the generated
// file, the js functions of the two services that need consent load the site's scripts.
tarteaucitron.job = tarteaucitron.job || [];
tarteaucitron.services["cookie_charter_1"] = {
  "key": "cookie_charter_1",
  "type": "other",
  "name": "Test site — Session",
  "uri": "",
  "needConsent": false,
  "cookies": ["sessionid"],
  "js": function () {},
  "fallback": function () {}
};
tarteaucitron.job.push("cookie_charter_1");
tarteaucitron.services["cookie_charter_2"] = {
  "key": "cookie_charter_2",
  "type": "analytic",
  "name": "Matomo — Audience measurement",
  "uri": "",
  "needConsent": true,
  "cookies": ["_pk_id."],
  "js": function () { tarteaucitron.addScript("stats.js"); },
  "fallback": function () {}
};
tarteaucitron.job.push("cookie_charter_2");
tarteaucitron.services["cookie_charter_3"] = {
  "key": "cookie_charter_3",
  "type": "other",
  "name": "YouTube — Embedded videos",
  "uri": "",
  "needConsent": true,
  "cookies": ["yt_pref"],
  "js": function () { tarteaucitron.addScript("video.js"); },
  "fallback": function () {}
};
tarteaucitron.job.push("cookie_charter_3");
