package org.cookiecharter.scan;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.util.Locale;

/**
 * First or third party, by registrable domain: the public suffix list's "eTLD+1" ({@code
 * data.example.org} and {@code www.example.org} are one party, {@code a.github.io} and {@code
 * b.github.io} two). A host that is not under a public suffix (an IP address, {@code localhost}, a
 * name of a private network) is its own registrable domain.
 */
final class Parties {
  private Parties() {}

  /** The registrable domain of {@code host}, lower case. */
  static String registrableDomain(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.startsWith(".")) {
      lower = lower.substring(1);
    }
    if (lower.startsWith("[") || InetAddresses.isInetAddress(lower)) {
      return lower;
    }
    try {
      InternetDomainName name = InternetDomainName.from(lower);
      return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : lower;
    } catch (IllegalArgumentException notADomainName) {
      return lower;
    }
  }

  /**
   * Whether a response or document on {@code host} may set a cookie for {@code domain}, as RFC 6265
   * (section 5.3, steps 5 and 6) has browsers decide: the host itself, or a domain it is under that
   * is not a public suffix ({@code example.org} from {@code www.example.org}, never {@code org}).
   */
  static boolean mayDomainSet(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    String d = domain.toLowerCase(Locale.ROOT);
    if (h.equals(d)) {
      return true;
    }
    if (!h.endsWith("." + d) || InetAddresses.isInetAddress(h)) {
      return false;
    }
    try {
      return !InternetDomainName.from(d).isPublicSuffix();
    } catch (IllegalArgumentException notADomainName) {
      return false;
    }
  }

  /** {@link Party#FIRST} when {@code host} belongs to the same registrable domain as the site. */
  static Party of(String host, String siteHost) {
    return registrableDomain(host).equals(registrableDomain(siteHost)) ? Party.FIRST : Party.THIRD;
  }
}
