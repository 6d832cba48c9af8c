package org.cookiecharter.processor;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

/** The processor's own resources: the texts and templates of what it writes. */
public final class Resources {
  private Resources() {}

  /**
   * The Mustache template {@code name} beside {@code anchor}, writing values through {@code
   * escaper}, the escaper of the output's format.
   */
  public static Template template(Class<?> anchor, String name, Mustache.Escaper escaper) {
    try (Reader reader = open(anchor, name)) {
      return Mustache.compiler().withEscaper(escaper).compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Opens the UTF-8 resource {@code name} beside {@code anchor} without the JAR cache: a long-lived
   * compiler daemon would otherwise keep reading the processor jar it first opened.
   */
  public static Reader open(Class<?> anchor, String name) throws IOException {
    URL url = anchor.getResource(name);
    if (url == null) {
      throw new IOException("resource not found: " + name);
    }
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    InputStream in = connection.getInputStream();
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
