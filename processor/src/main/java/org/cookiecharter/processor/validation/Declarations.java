package org.cookiecharter.processor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import org.cookiecharter.processor.diagnostic.Diagnostics;
import org.cookiecharter.processor.diagnostic.Message;
import org.cookiecharter.processor.model.Charter;
import org.cookiecharter.processor.model.CookieDeclaration;
import org.cookiecharter.processor.model.DeclaredNames;
import org.cookiecharter.processor.validation.DeclarationReader.Declared;

/**
 * The compilation's valid declarations, gathered round after round, one per name: a name is
 * declared once, and a second declaration is a {@link Message#DUPLICATE_COOKIE} error on it that
 * names the first. Within a round the second is the second in charter order; a later round's comes
 * after every earlier round's.
 */
public final class Declarations {
  private final Diagnostics diagnostics;
  private final Map<String, CookieDeclaration> byName = new HashMap<>();
  private final DeclaredNames names = new DeclaredNames();

  /** The classes that declare cookies: the sources of what the build generates. */
  private final Set<Element> declaringTypes = new LinkedHashSet<>();

  public Declarations(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Adds a round's declarations, in charter order; reports each name declared before. */
  public void add(List<Declared> round) {
    for (Declared declared : round) {
      CookieDeclaration cookie = declared.declaration();
      CookieDeclaration first = byName.putIfAbsent(cookie.name(), cookie);
      if (first != null) {
        diagnostics.onElement(
            declared.element(), Message.DUPLICATE_COOKIE, cookie.name(), first.location());
      } else {
        names.add(cookie.name());
        declaringTypes.add(declared.element().getEnclosingElement());
      }
    }
  }

  /** How many cookies are declared. */
  public int size() {
    return byName.size();
  }

  /** The declared names, for the call check; complete once the rounds are over. */
  public DeclaredNames names() {
    return names;
  }

  /** The classes that declare the cookies so far. */
  public List<Element> declaringTypes() {
    return new ArrayList<>(declaringTypes);
  }

  /** The charter of {@code platform}: every declaration, in charter order. */
  public Charter charter(String platform) {
    return new Charter(platform, byName.values());
  }
}
