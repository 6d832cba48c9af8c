package org.cookiecharter.processor;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The sources and options of a test compilation, in the order they are added: the stubs of the
 * frameworks' cookie APIs, a site, the portal's declarations, then the code under test. One home
 * for the lists every test used to build by hand.
 *
 * <pre>{@code
 * TestSources.create().withStubs().withSite().withPortalCookies().with(handler).compile()
 * }</pre>
 */
final class TestSources {
  /** The platform of the sites that tests use when the platform does not matter. */
  static final String PLATFORM = "https://data.example.org";

  private final List<JavaFileObject> sources = new ArrayList<>();
  private final List<String> options = new ArrayList<>();

  private TestSources() {}

  /** No source yet. */
  static TestSources create() {
    return new TestSources();
  }

  /** The stubs of the frameworks' cookie APIs ({@link Stubs#all}). */
  TestSources withStubs() {
    sources.addAll(Stubs.all());
    return this;
  }

  /** The {@code @CookieCharter} of {@link #PLATFORM}. */
  TestSources withSite() {
    return withSite(PLATFORM);
  }

  /** The {@code @CookieCharter} of {@code platform}. */
  TestSources withSite(String platform) {
    sources.add(Fixtures.site(platform));
    return this;
  }

  /** The portal's four declared cookies ({@link Fixtures#portalCookies}). */
  TestSources withPortalCookies() {
    sources.add(Fixtures.portalCookies());
    return this;
  }

  /** The portal's cookies with their lifetimes ({@link Fixtures#portalCookiesWithLifetimes}). */
  TestSources withPortalLifetimes() {
    sources.add(Fixtures.portalCookiesWithLifetimes());
    return this;
  }

  /** These sources, after the others. */
  TestSources with(JavaFileObject... more) {
    sources.addAll(List.of(more));
    return this;
  }

  /** These javac options, after the others. */
  TestSources withOptions(String... more) {
    options.addAll(List.of(more));
    return this;
  }

  /** These javac options, after the others. */
  TestSources withOptions(List<String> more) {
    options.addAll(more);
    return this;
  }

  /** The sources, in order. */
  JavaFileObject[] sources() {
    return sources.toArray(JavaFileObject[]::new);
  }

  /** Compiles them in memory with the processor (compile-testing). */
  Compilation compile() {
    return Compilations.compile(options, sources());
  }

  /**
   * Compiles them into {@code directory} with the processor, with {@code libraries} (jars or
   * folders) on the class path.
   */
  DirectoryCompilation compileIn(Path directory, List<Path> libraries) {
    return DirectoryCompilation.compile(directory, options, libraries, sources());
  }
}
