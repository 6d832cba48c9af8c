package org.cookiecharter.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class that declares cookies, as the {@link DeclarationIndex} records it.
 *
 * @param type the class
 * @param fields the names of its {@code @DeclaredCookie} constants in source order; empty where an
 *     index entry written before the order was recorded names the class
 */
public record DeclaringClass(TypeElement type, List<String> fields) {
  public DeclaringClass {
    fields = List.copyOf(fields);
  }
}
