package org.cookiecharter.guard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cookiecharter.CharterResources;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.CookieIndex;
import org.cookiecharter.CookiesJson;

/**
 * The cookies an application declared, as the guard looks a name up: the generated registry's
 * {@code CookieRegistry.all()}, or the {@code cookies.json} that the build wrote beside the
 * charter. A name is found as the registry finds it ({@link CookieIndex}).
 */
public final class DeclaredCookies {
  private final CookieIndex index;
  private final Optional<ConsentFingerprints> consent;

  private DeclaredCookies(CookieIndex index, Optional<ConsentFingerprints> consent) {
    this.index = index;
    this.consent = consent;
  }

  /**
   * These declarations: {@code CookieRegistry.all()}, for example.
   *
   * @throws IllegalArgumentException if two have the same name
   */
  public static DeclaredCookies of(Collection<CookieDefinition> cookies) {
    return new DeclaredCookies(CookieIndex.of(List.copyOf(cookies)), Optional.empty());
  }

  /**
   * The declarations of {@link CharterResources#JSON} as the current thread's context class loader
   * finds it (a test's, a web application's), else the loader of the guard's classes.
   *
   * @throws IllegalStateException if there is no such resource, or it cannot be read
   */
  public static DeclaredCookies fromClassPath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return fromClassPath(loader != null ? loader : DeclaredCookies.class.getClassLoader());
  }

  /**
   * The declarations of {@link CharterResources#JSON} as {@code loader} finds it: the application's
   * own when its classes come first, as in a web application or a runnable jar.
   *
   * @throws IllegalStateException if there is no such resource, or it cannot be read
   */
  public static DeclaredCookies fromClassPath(ClassLoader loader) {
    URL resource = loader.getResource(CharterResources.JSON);
    if (resource == null) {
      throw new IllegalStateException(GuardMessage.NO_DECLARATIONS.format(CharterResources.JSON));
    }
    try (InputStream in = resource.openStream()) {
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource.toString());
    } catch (IOException e) {
      throw new IllegalStateException(GuardMessage.CANNOT_READ.format(resource, e.getMessage()), e);
    }
  }

  /**
   * The declarations of a {@code cookies.json} document; {@code source} names it in messages.
   *
   * @throws IllegalStateException if the document is not one that cookie-charter writes
   */
  public static DeclaredCookies fromJson(String json, String source) {
    try {
      CookiesJson.Document document = CookiesJson.readDocument(json);
      return new DeclaredCookies(
          CookieIndex.of(document.cookies()), Optional.of(document.fingerprints()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          GuardMessage.NOT_COOKIES_JSON.format(source, e.getMessage()), e);
    }
  }

  /**
   * What the visitors' consent is about, as the build computed it for the banners (CookieConsent's
   * revision among it): present when read from {@code cookies.json}, empty for a list given in
   * code, which does not know the purpose edition.
   */
  public Optional<ConsentFingerprints> consent() {
    return consent;
  }

  /** Every declaration, in the order given (the charter's, from the build). */
  public List<CookieDefinition> all() {
    return index.all();
  }

  /**
   * The declaration of {@code name}: its own, else the family's ({@code _pk_id.*}) with the longest
   * prefix that covers it.
   */
  public Optional<CookieDefinition> find(String name) {
    return index.find(name);
  }
}
