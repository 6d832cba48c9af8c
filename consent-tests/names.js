// What the consent tests share about the declarations of a cookies.json.

/** A declaration's name as the banners' cookie tables show it: a storage key with its storage. */
export function shownName(cookie) {
  return cookie.storage ? `${cookie.name} (${cookie.storage})` : cookie.name;
}

/** Whether a tool's cookie matcher (a name, a prefix, or a regular expression) covers a cookie. */
export function covers(matcher, declared) {
  const family = declared.endsWith('*');
  const probe = family ? declared.slice(0, -1) + 'x1' : declared;
  if (matcher instanceof RegExp || Object.prototype.toString.call(matcher) === '[object RegExp]') {
    return matcher.test(probe);
  }
  return family ? matcher === declared.slice(0, -1) : matcher === declared;
}
