package org.cookiecharter.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cookiecharter.ConsentFingerprints;
import org.cookiecharter.CookieDefinition;
import org.cookiecharter.PrintableText;
import org.jspecify.annotations.Nullable;

/**
 * Sees every cookie that the application sets ({@code addCookie}, or a {@code Set-Cookie} header by
 * {@code addHeader} or {@code setHeader}) and checks it against the declarations: an undeclared
 * cookie is logged (mode {@code report}) or dropped and logged (mode {@code block}); a cookie that
 * needs consent is dropped in mode {@code block} until the visitor consented to its category
 * (reported in mode {@code report}: that mode changes no response). A deletion always passes. Map
 * it first, on every path, for the {@code REQUEST}, {@code ERROR} and {@code ASYNC} dispatches, so
 * that it also sees the cookies of the filters after it and of error pages.
 *
 * <p>Created by a container from {@code web.xml} (the no-argument constructor), it reads the
 * declarations from {@code META-INF/cookie-charter/cookies.json} and these init parameters:
 *
 * <ul>
 *   <li>{@code mode}: {@code report} (the default) or {@code block};
 *   <li>{@code consent-reader}: where the visitor's consent is: {@code none} (the default: only the
 *       cookies that need no consent are ever allowed), {@code cookieconsent} (CookieConsent v3's
 *       cookie, {@link CookieConsentReader}, under the revision of {@code cookies.json}: a choice
 *       made before the cookie list changed in what consent is about counts as none), or the name
 *       of a {@link ConsentReader} class with a public no-argument constructor;
 *   <li>{@code consent-cookie}: the cookie that {@code cookieconsent} reads ({@code cc_cookie});
 *   <li>{@code session-cookie}: the container's session cookie, when its configuration does not
 *       show it (Tomcat's {@code sessionCookieName} in {@code context.xml}), or {@code none}.
 * </ul>
 *
 * <p>At start-up it checks that the container's session cookie is declared and needs no consent:
 * containers (Jetty, Tomcat) set it on their own response, where no filter sees it.
 */
public final class CookieCharterFilter implements Filter {
  /** What the guard does with a cookie that breaks the declarations. */
  public enum Mode {
    /** Logs it, and lets it through. */
    REPORT,
    /** Logs it, and drops it from the response. */
    BLOCK
  }

  static final String MODE = "mode";
  static final String CONSENT_READER = "consent-reader";
  static final String CONSENT_COOKIE = "consent-cookie";
  static final String SESSION_COOKIE = "session-cookie";

  /** The servlet specification's name when the container's configuration names none. */
  static final String DEFAULT_SESSION_COOKIE = "JSESSIONID";

  /** Names remembered as logged; beyond, a warning at most once a minute. */
  private static final int LOGGED_NAMES = 1000;

  /** A name is remembered by this many characters at most. */
  private static final int REMEMBERED_NAME = 256;

  /** How often a warning may repeat once the names are too many, or a consent reader fails. */
  private static final long A_MINUTE = 60_000_000_000L;

  private static final System.Logger LOG = System.getLogger(CookieCharterFilter.class.getName());

  private final boolean configuredInCode;

  // Set by the constructor, or by init, which the container calls before any request.
  @SuppressWarnings("NullAway.Init")
  private DeclaredCookies declared;

  @SuppressWarnings("NullAway.Init")
  private Mode mode;

  @SuppressWarnings("NullAway.Init")
  private ConsentReader consent;

  private final Set<String> logged = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextOverflowWarning = new AtomicLong(System.nanoTime());
  private final AtomicLong nextFailureReport = new AtomicLong(System.nanoTime());
  private @Nullable String sessionCookie; // the init parameter, if any

  /** For a container: configured at {@link #init} from its init parameters. */
  public CookieCharterFilter() {
    this.configuredInCode = false;
  }

  /** Configured in code, {@code CookieRegistry.all()} for example; init parameters are ignored. */
  public CookieCharterFilter(DeclaredCookies declared, Mode mode, ConsentReader consent) {
    this.configuredInCode = true;
    this.declared = Objects.requireNonNull(declared, "declared");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.consent = Objects.requireNonNull(consent, "consent");
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    sessionCookie = config.getInitParameter(SESSION_COOKIE);
    if (!configuredInCode) {
      mode = mode(config.getInitParameter(MODE));
      try {
        declared = DeclaredCookies.fromClassPath(classLoader(config.getServletContext()));
      } catch (IllegalStateException e) {
        throw new ServletException(GuardMessage.CANNOT_START.format(e.getMessage()), e);
      }
      consent = consentReader(config, declared);
    }
    checkSessionCookie(config.getServletContext());
  }

  private static Mode mode(String value) throws ServletException {
    if (value == null || value.isBlank()) {
      return Mode.REPORT;
    }
    for (Mode mode : Mode.values()) {
      if (mode.name().equalsIgnoreCase(value.strip())) {
        return mode;
      }
    }
    throw new ServletException(GuardMessage.UNKNOWN_MODE.format(value));
  }

  /** The reader of the init parameters; CookieConsent's under the revision of the declarations. */
  private static ConsentReader consentReader(FilterConfig config, DeclaredCookies declared)
      throws ServletException {
    String reader = Optional.ofNullable(config.getInitParameter(CONSENT_READER)).orElse("none");
    String cookie = config.getInitParameter(CONSENT_COOKIE);
    switch (reader.strip()) {
      case "none":
        return ConsentReader.NONE;
      case "cookieconsent":
        return new CookieConsentReader(
            cookie == null ? CookieConsentReader.DEFAULT_COOKIE : cookie.strip(),
            declared.consent().map(ConsentFingerprints::revision).orElseThrow());
      default:
        return namedReader(reader.strip(), classLoader(config.getServletContext()));
    }
  }

  /** The {@link ConsentReader} class that the init parameter names, created. */
  private static ConsentReader namedReader(String name, ClassLoader loader)
      throws ServletException {
    String problem;
    try {
      Class<?> found = loader.loadClass(name);
      if (ConsentReader.class.isAssignableFrom(found)) {
        return (ConsentReader) found.getConstructor().newInstance();
      }
      problem = GuardMessage.NOT_A_CONSENT_READER.format();
    } catch (ClassNotFoundException e) {
      problem = GuardMessage.NO_SUCH_CLASS.format();
    } catch (LinkageError e) {
      problem = GuardMessage.CANNOT_BE_LOADED.format(e);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      problem = GuardMessage.NO_PUBLIC_CONSTRUCTOR.format();
    } catch (InvocationTargetException e) {
      problem = GuardMessage.CONSTRUCTOR_FAILED.format(e.getCause());
    } catch (ReflectiveOperationException e) {
      problem = GuardMessage.CANNOT_BE_CREATED.format(e);
    }
    throw new ServletException(GuardMessage.UNUSABLE_CONSENT_READER.format(name, problem));
  }

  private static ClassLoader classLoader(ServletContext context) {
    ClassLoader loader = context.getClassLoader();
    return loader != null ? loader : CookieCharterFilter.class.getClassLoader();
  }

  private void checkSessionCookie(ServletContext context) throws ServletException {
    Optional<String> name = sessionCookieName(sessionCookie, context);
    if (name.isEmpty()) {
      return;
    }
    Optional<CookieDefinition> declaration = declared.find(name.get());
    String problem;
    if (declaration.isEmpty()) {
      problem = GuardMessage.SESSION_COOKIE_UNDECLARED.format();
    } else if (declaration.get().requiresConsent()) {
      problem =
          GuardMessage.SESSION_COOKIE_NEEDS_CONSENT.format(declaration.get().consentCategory());
    } else {
      return;
    }
    String message =
        GuardMessage.SESSION_COOKIE.format(
            PrintableText.escaped(name.get(), REMEMBERED_NAME), problem);
    if (mode == Mode.BLOCK) {
      throw new ServletException(message);
    }
    LOG.log(Level.ERROR, message);
  }

  /**
   * The session cookie that the container may set: the init parameter's ({@code none}: none), else
   * the context's configuration's, {@code JSESSIONID} when it names none; none when the context
   * keeps no session in a cookie.
   */
  static Optional<String> sessionCookieName(@Nullable String parameter, ServletContext context) {
    if (parameter != null && !parameter.isBlank()) {
      return parameter.strip().equals("none") ? Optional.empty() : Optional.of(parameter.strip());
    }
    Set<SessionTrackingMode> modes = context.getEffectiveSessionTrackingModes();
    SessionCookieConfig config = context.getSessionCookieConfig();
    if (modes == null || !modes.contains(SessionTrackingMode.COOKIE) || config == null) {
      return Optional.empty(); // a context without sessions (Jetty's NO_SESSIONS), or by URL only
    }
    String name = config.getName();
    return Optional.of(name == null || name.isBlank() ? DEFAULT_SESSION_COOKIE : name);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse) {
      GuardedResponse guarded = new GuardedResponse(this, http, httpResponse);
      chain.doFilter(new GuardedRequest(http, guarded), guarded);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Whether {@code cookie} may go out in {@code response}; logs and reports what it decided. */
  boolean admits(GuardedResponse response, SetCookie cookie) {
    try {
      if (cookie.deletion() && cookie.validName()) {
        return true;
      }
      Optional<CookieDefinition> declaration =
          cookie.validName() ? declared.find(cookie.name()) : Optional.empty();
      boolean consented =
          declaration.isEmpty()
              || ConsentReader.allows(declaration.get(), () -> response.accepted(consent));
      boolean passes = mode == Mode.REPORT || declaration.isPresent() && consented;
      if (declaration.isEmpty()) {
        logOnce(
            cookie,
            response,
            passes
                ? GuardMessage.UNDECLARED_SET_ANYWAY.format()
                : GuardMessage.UNDECLARED_DROPPED.format());
      } else if (!consented) {
        String category = declaration.get().consentCategory();
        if (passes) {
          logOnce(cookie, response, GuardMessage.SET_BEFORE_CONSENT.format(category));
        } else if (LOG.isLoggable(Level.DEBUG)) {
          LOG.log(
              Level.DEBUG,
              GuardMessage.DROPPED_UNTIL_CONSENT.format(
                  cookie.shownName(), where(response), category));
        }
      }
      if (SeenCookies.listened()) {
        SeenCookies.report(
            new SeenCookie(
                cookie.name(), where(response), declaration.isPresent(), consented, !passes));
      }
      return passes;
    } catch (RuntimeException | LinkageError e) {
      // A consent reader that failed: the cookie is handled as undeclared.
      if (due(nextFailureReport)) {
        LOG.log(
            Level.ERROR,
            GuardMessage.CANNOT_CHECK_AT_MOST_ONCE_A_MINUTE.format(cookie.shownName()),
            e);
      } else {
        LOG.log(Level.DEBUG, GuardMessage.CANNOT_CHECK.format(cookie.shownName()), e);
      }
      return mode == Mode.REPORT;
    }
  }

  /**
   * A warning, once per cookie name for the first {@value #LOGGED_NAMES} names; then, since a
   * computed name can take any number of values, at most once a minute.
   */
  private void logOnce(SetCookie cookie, GuardedResponse response, String what) {
    String name = cookie.name();
    String remembered = name.length() > REMEMBERED_NAME ? name.substring(0, REMEMBERED_NAME) : name;
    if (logged.contains(remembered)) {
      return;
    }
    String line = GuardMessage.COOKIE_SET.format(cookie.shownName(), where(response), what);
    if (logged.size() < LOGGED_NAMES) {
      if (logged.add(remembered)) {
        LOG.log(Level.WARNING, line);
      }
    } else if (due(nextOverflowWarning)) {
      LOG.log(Level.WARNING, GuardMessage.MORE_NAMES_THAN_LOGGED.format(line, LOGGED_NAMES));
    }
  }

  /** Whether a warning limited to once a minute is due, and if so, the next one a minute later. */
  private static boolean due(AtomicLong next) {
    long now = System.nanoTime();
    long due = next.get();
    return now - due >= 0 && next.compareAndSet(due, now + A_MINUTE);
  }

  /** The request's method and path, the failing request's on an error page; escaped. */
  private static String where(GuardedResponse response) {
    HttpServletRequest request = response.request();
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = failed instanceof String uri ? uri : request.getRequestURI();
    return PrintableText.escaped(request.getMethod() + " " + path, 512);
  }

  /** The mode it runs in, once initialised. */
  public Mode mode() {
    return mode;
  }

  @Override
  public void destroy() {}
}
