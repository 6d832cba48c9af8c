package org.cookiecharter.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes and resources of a compile-testing compilation, so that tests run the generated
 * code. The annotations module comes from the test's own class path, so the registry returns the
 * same {@code CookieDefinition} class the test compares with.
 */
final class CompiledClassLoader extends ClassLoader {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();
  private final Map<String, byte[]> resources = new HashMap<>();

  CompiledClassLoader(Compilation compilation) {
    super(CompiledClassLoader.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT);
      if (start < 0) {
        continue;
      }
      String relative = path.substring(start + CLASS_OUTPUT.length());
      try (InputStream in = file.openInputStream()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String name =
              relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
          classes.put(name, in.readAllBytes());
        } else {
          resources.put(relative, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The generated resources too, such as the registry's cookies. */
  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = resources.get(name);
    return bytes != null
        ? new java.io.ByteArrayInputStream(bytes)
        : super.getResourceAsStream(name);
  }

  /** Calls a public static method of a compiled class. */
  Object call(String className, String method, Object... args) throws ReflectiveOperationException {
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = args[i].getClass();
    }
    return loadClass(className).getMethod(method, types).invoke(null, args);
  }
}
