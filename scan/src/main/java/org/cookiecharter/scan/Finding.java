package org.cookiecharter.scan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the site does that its declarations do not allow.
 *
 * @param kind what is wrong
 * @param name the cookie's name or storage key; for {@link Kind#BANNER}, the state's banner
 * @param storage for a storage key, which storage; empty for a cookie
 * @param state the consent state it happened in
 * @param setBy the response URL, or the script's URL and line, that set it; empty if not known
 * @param party first or third party; empty for {@link Kind#BANNER}
 * @param declaration the declared name it was held against; empty if none covers it
 * @param detail the finding in words
 */
public record Finding(
    Kind kind,
    String name,
    Optional<SeenStorage.StorageType> storage,
    String state,
    Optional<String> setBy,
    Optional<Party> party,
    Optional<String> declaration,
    String detail) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(setBy, "setBy");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(declaration, "declaration");
  }

  /** What is wrong. */
  public enum Kind {
    /** No declaration covers the name, exactly or by a wildcard. */
    UNDECLARED,
    /** Set in a state where its category was not accepted. */
    BEFORE_CONSENT,
    /** Expires later than its declared duration allows. */
    LIFETIME,
    /**
     * The state's choice could not be made: its cookies were checked as if nothing was accepted.
     */
    BANNER;

    /** {@code undeclared}, {@code before-consent}, {@code lifetime}, {@code banner}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One line: kind, name, state, who set it; what the site wrote shown escaped. */
  @Override
  public String toString() {
    return kind.key()
        + ": "
        + detail
        + setBy.map(by -> ", set by " + Checks.shown(by)).orElse("")
        + party.map(p -> " (" + p.key() + " party)").orElse("");
  }
}
