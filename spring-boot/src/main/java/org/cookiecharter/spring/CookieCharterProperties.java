package org.cookiecharter.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code cookiecharter.*} properties of the starter. */
@ConfigurationProperties("cookiecharter")
public class CookieCharterProperties {
  private final Guard guard = new Guard();
  private final Pages pages = new Pages();

  /** The guard: the filter that checks every cookie the application sets. */
  public Guard getGuard() {
    return guard;
  }

  /** The policy's pages and the consent banners' files, served by the application. */
  public Pages getPages() {
    return pages;
  }

  /** What the guard does with a cookie that breaks the declarations. */
  public enum GuardMode {
    /** Logs it, and lets it through. */
    REPORT,
    /** Logs it, and drops it from the response. */
    BLOCK,
    /** No guard. */
    OFF
  }

  /** {@code cookiecharter.guard.*}. */
  public static class Guard {
    /**
     * What the guard does with an undeclared cookie, or one set before the visitor consented to its
     * category: report (log it), block (log it and drop it), or off (no guard).
     */
    private GuardMode mode = GuardMode.REPORT;

    /**
     * The cookie in which the consent banner (CookieConsent v3) keeps the visitor's choice: its
     * cookie.name.
     */
    private String consentCookie = "cc_cookie";

    public GuardMode getMode() {
      return mode;
    }

    public void setMode(GuardMode mode) {
      this.mode = mode;
    }

    public String getConsentCookie() {
      return consentCookie;
    }

    public void setConsentCookie(String consentCookie) {
      this.consentCookie = consentCookie;
    }
  }

  /** {@code cookiecharter.pages.*}. */
  public static class Pages {
    /** Whether the policy's pages and the consent banners' files are served. */
    private boolean enabled = true;

    /**
     * Whether Spring Security lets anyone read them: a security filter chain of their paths, GET
     * only, that permits all.
     */
    private boolean permitAll = true;

    /** The policy as an HTML page, in the declarations' language. */
    private String charter = "/charte-cookies";

    /** The policy as text, in the declarations' language. */
    private String charterText = "/charte-cookies.txt";

    /** The policy as an HTML page, in English, when the build writes it. */
    private String policy = "/cookie-policy";

    /** The policy as text, in English, when the build writes it. */
    private String policyText = "/cookie-policy.txt";

    /** The stylesheet of the HTML pages. */
    private String stylesheet = "/charte-cookies.css";

    /** The declarations as JSON (cookies.json). */
    private String json = "/cookies.json";

    /** The folder of the consent banners' configurations (klaro-config.js...). */
    private String consent = "/cookie-charter/consent";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isPermitAll() {
      return permitAll;
    }

    public void setPermitAll(boolean permitAll) {
      this.permitAll = permitAll;
    }

    public String getCharter() {
      return charter;
    }

    public void setCharter(String charter) {
      this.charter = charter;
    }

    public String getCharterText() {
      return charterText;
    }

    public void setCharterText(String charterText) {
      this.charterText = charterText;
    }

    public String getPolicy() {
      return policy;
    }

    public void setPolicy(String policy) {
      this.policy = policy;
    }

    public String getPolicyText() {
      return policyText;
    }

    public void setPolicyText(String policyText) {
      this.policyText = policyText;
    }

    public String getStylesheet() {
      return stylesheet;
    }

    public void setStylesheet(String stylesheet) {
      this.stylesheet = stylesheet;
    }

    public String getJson() {
      return json;
    }

    public void setJson(String json) {
      this.json = json;
    }

    public String getConsent() {
      return consent;
    }

    public void setConsent(String consent) {
      this.consent = consent;
    }
  }
}
