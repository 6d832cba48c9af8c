// Embedded-video stand-in (YouTube-like): runs only once the visitor accepted "third_party".
localStorage.setItem("yt_player", "1");
document.cookie = "yt_pref=1; path=/";
