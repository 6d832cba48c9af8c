// Hand-written test configuration, in the shape cookie-charter generates (cookieconsent-config.js):
// necessary (sessionid), statistics (_pk_id.*) and third_party (yt_pref).
var cookieConsentConfig = {
  "categories": {
    "necessary": {
      "enabled": true,
      "readOnly": true,
      "services": {"cookie_charter_1": {"label": "Test site — Session"}}
    },
    "statistics": {
      "enabled": false,
      "readOnly": false,
      "autoClear": {"cookies": [{"name": /^_pk_id\x2e/}]},
      "services": {"cookie_charter_2": {"label": "Matomo — Audience measurement"}}
    },
    "third_party": {
      "enabled": false,
      "readOnly": false,
      "autoClear": {"cookies": [{"name": "yt_pref"}]},
      "services": {"cookie_charter_3": {"label": "YouTube — Embedded videos"}}
    }
  },
  "language": {
    "default": "en",
    "translations": {
      "en": {
        "consentModal": {
          "title": "We use cookies",
          "description": "Some cookies are needed for the site to work; the others are set only if you agree. You can change your mind at any time.",
          "acceptAllBtn": "Accept all",
          "acceptNecessaryBtn": "Reject all",
          "showPreferencesBtn": "Choose"
        },
        "preferencesModal": {
          "title": "Your cookie choices",
          "acceptAllBtn": "Accept all",
          "acceptNecessaryBtn": "Reject all",
          "savePreferencesBtn": "Save my choices",
          "closeIconLabel": "Close",
          "sections": [
            {
              "title": "Strictly necessary cookies",
              "description": "The site cannot work without them, and they do not need your consent.",
              "linkedCategory": "necessary",
              "cookieTable": {
                "headers": {"name": "Cookie name", "provider": "Provider", "service": "Service", "duration": "Duration", "purpose": "Purpose"},
                "body": [
                  {"name": "sessionid", "provider": "Test site", "service": "Session", "duration": "Session (deleted when the browser closes)", "purpose": "Remembers the user from one page to the next."}
                ]
              }
            },
            {
              "title": "Statistics cookies",
              "description": "Statistics cookies measure the audience of the site; they are set only if you agree.",
              "linkedCategory": "statistics",
              "cookieTable": {
                "headers": {"name": "Cookie name", "provider": "Provider", "service": "Service", "duration": "Duration", "purpose": "Purpose"},
                "body": [
                  {"name": "_pk_id.*", "provider": "Matomo", "service": "Audience measurement", "duration": "30 days", "purpose": "Counts visitors and the pages they view"}
                ]
              }
            },
            {
              "title": "Third-party cookies",
              "description": "Third-party cookies are set by services embedded in the site; they are set only if you agree.",
              "linkedCategory": "third_party",
              "cookieTable": {
                "headers": {"name": "Cookie name", "provider": "Provider", "service": "Service", "duration": "Duration", "purpose": "Purpose"},
                "body": [
                  {"name": "yt_pref", "provider": "YouTube", "service": "Embedded videos", "duration": "Session", "purpose": "Remembers the video player's settings"}
                ]
              }
            }
          ]
        }
      }
    }
  }
};
