// Audience measurement stand-in (Matomo-like): runs only once the visitor accepted "statistics".
document.cookie = "_pk_id.1.abcd=1; path=/; max-age=" + 3600 * 24 * 30;
