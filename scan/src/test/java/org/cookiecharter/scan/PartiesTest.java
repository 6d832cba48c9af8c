package org.cookiecharter.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartiesTest {
  @Test
  void registrableDomainsFollowThePublicSuffixList() {
    assertEquals("example.org", Parties.registrableDomain("data.example.org"));
    assertEquals("example.org", Parties.registrableDomain(".WWW.Example.org"));
    assertEquals("example.co.uk", Parties.registrableDomain("a.b.example.co.uk"));
    // github.io is a public suffix: two sites under it are two parties.
    assertEquals("a.github.io", Parties.registrableDomain("a.github.io"));
    assertEquals(Party.THIRD, Parties.of("b.github.io", "a.github.io"));
    assertEquals(Party.FIRST, Parties.of("static.example.org", "www.example.org"));
    // A host under no public suffix is its own.
    assertEquals("127.0.0.1", Parties.registrableDomain("127.0.0.1"));
    assertEquals("localhost", Parties.registrableDomain("localhost"));
    assertEquals(Party.THIRD, Parties.of("localhost", "127.0.0.1"));
  }

  @Test
  void aCookieMaySetItsHostOrADomainAboveItThatIsNotAPublicSuffix() {
    assertEquals(true, Parties.mayDomainSet("www.example.org", "example.org"));
    assertEquals(true, Parties.mayDomainSet("www.example.org", "www.example.org"));
    assertEquals(false, Parties.mayDomainSet("www.example.org", "org"));
    assertEquals(false, Parties.mayDomainSet("www.example.org", "other.org"));
    assertEquals(false, Parties.mayDomainSet("a.github.io", "github.io"));
    assertEquals(true, Parties.mayDomainSet("127.0.0.1", "127.0.0.1"));
    assertEquals(false, Parties.mayDomainSet("127.0.0.1", "0.0.1"));
  }
}
