package org.cookiecharter.processor.codegen;

import com.samskivert.mustache.Escapers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.cookiecharter.CookieIndex;
import org.cookiecharter.processor.CookieCharterProcessor;
import org.cookiecharter.processor.Resources;

/**
 * Generates {@code CookieRegistry}: static methods to list and look up the declared cookies at run
 * time. The cookies themselves are in {@link #DATA_FILE}, written next to the class in javac's last
 * round, so that the registry also lists cookies declared in sources that other processors generate
 * after it was written.
 *
 * <p>The class is always the same but for its package and platform: its source is the template
 * {@code CookieRegistry.java.mustache} beside this class, and every value the template writes is a
 * Java literal or a package name, so the template escapes nothing.
 */
public final class RegistryGenerator {
  /** The registry's simple name; it goes in the package of {@code @CookieCharter}. */
  public static final String CLASS_NAME = "CookieRegistry";

  /**
   * The file of the cookies, a resource next to the registry's class ({@link CookieIndex#write}).
   */
  public static final String DATA_FILE = CLASS_NAME + ".cookies";

  private final boolean generatedAnnotation;

  /**
   * @param generatedAnnotation whether the registry carries {@code
   *     javax.annotation.processing.Generated}, which code in a named module may not see: {@link
   *     OutputWriter} decides
   */
  public RegistryGenerator(boolean generatedAnnotation) {
    this.generatedAnnotation = generatedAnnotation;
  }

  /** The qualified name of the registry of a site in {@code packageName}. */
  public static String qualifiedName(String packageName) {
    return packageName.isEmpty() ? CLASS_NAME : packageName + "." + CLASS_NAME;
  }

  /** The field of the registry that holds its {@link Registry#digest()}. */
  public static final String DIGEST_FIELD = "SOURCE_DIGEST";

  /**
   * A registry's source, and the digest of it that the source holds ({@link #DIGEST_FIELD}):
   * comparing the digest that a compiled registry holds with a new one tells whether its source
   * would be the same.
   */
  public record Registry(String source, String digest) {}

  /**
   * The registry of the platform {@code platform}, in package {@code packageName}. Its digest is
   * the SHA-256 of the source with an empty digest.
   */
  public Registry generate(String packageName, String platform) {
    Map<String, Object> values = values(packageName, platform);
    values.put("sourceDigest", JavaLiterals.string(""));
    String digest = sha256(Source.TEMPLATE.execute(values));
    values.put("sourceDigest", JavaLiterals.string(digest));
    return new Registry(Source.TEMPLATE.execute(values), digest);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Map<String, Object> values(String packageName, String platform) {
    Map<String, Object> values = new HashMap<>();
    values.put("packageName", packageName.isEmpty() ? false : packageName);
    values.put("generated", generatedAnnotation);
    values.put("processor", JavaLiterals.string(CookieCharterProcessor.class.getName()));
    values.put("className", CLASS_NAME);
    values.put("dataFile", DATA_FILE);
    values.put("platform", JavaLiterals.string(platform));
    values.put("dataFileLiteral", JavaLiterals.string(DATA_FILE));
    values.put("dataPathLiteral", JavaLiterals.string(dataFilePath(packageName)));
    return values;
  }

  /** The class-path name of the cookies file of a registry in {@code packageName}. */
  public static String dataFilePath(String packageName) {
    return packageName.isEmpty() ? DATA_FILE : packageName.replace('.', '/') + "/" + DATA_FILE;
  }

  /** The template, read once, when the first registry is written. */
  private static final class Source {
    static final com.samskivert.mustache.Template TEMPLATE =
        Resources.template(RegistryGenerator.class, "CookieRegistry.java.mustache", Escapers.NONE);
  }
}
