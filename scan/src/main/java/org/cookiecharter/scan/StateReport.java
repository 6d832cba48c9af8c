package org.cookiecharter.scan;

import java.util.List;

/**
 * What the site set in one consent state.
 *
 * @param state the state
 * @param consent how its choice was made
 * @param pages the pages visited, in order
 * @param cookies the cookies set, by name, domain and path
 * @param storage the storage keys set, by key, origin and storage
 */
public record StateReport(
    ConsentState state,
    BannerOutcome consent,
    List<String> pages,
    List<SeenCookie> cookies,
    List<SeenStorage> storage) {
  public StateReport {
    pages = List.copyOf(pages);
    cookies = List.copyOf(cookies);
    storage = List.copyOf(storage);
  }
}
