package org.cookiecharter.guard;

/**
 * A cookie that a response set, as the guard saw it.
 *
 * @param name the cookie's name, as set
 * @param where the request that set it: method and path, {@code GET /datasets}
 * @param declared whether a declaration covers the name
 * @param consented whether it needs no consent, or the visitor gave it
 * @param dropped whether the guard kept it from the response (mode {@code block})
 */
public record SeenCookie(
    String name, String where, boolean declared, boolean consented, boolean dropped) {}
