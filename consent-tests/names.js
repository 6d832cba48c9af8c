// What the consent tests share about the declarations of a cookies.json.

/** A declaration's name as the banners' cookie tables show it: a storage key with its storage. */
export function shownName(cookie) {
  return cookie.storage ? `${cookie.name} (${cookie.storage})` : cookie.name;
}
