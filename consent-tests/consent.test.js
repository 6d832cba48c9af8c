// The consent-banner configurations that cookie-charter generates, each loaded into its tool's
// published npm package, running in jsdom: what the tool reports must list every declared cookie
// under a service, with the right required flag, and a value that holds markup must show as text
// and run nothing. Run after `mvn verify`, which writes the configurations (see ../README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { covers, shownName } from './names.js';
import { page as loadPage } from './pages.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The folders of generated files: the example portal's build, and the processor's test fixture. */
const BUILDS = [
  {
    name: 'example portal',
    consent: path.join(here, '../example-app/target/classes/META-INF/cookie-charter/consent'),
    json: path.join(here, '../example-app/target/classes/META-INF/cookie-charter/cookies.json'),
  },
  {
    name: 'processor fixture (markup and </script> in values)',
    consent: path.join(here, '../processor/target/consent-fixture'),
    json: path.join(here, '../processor/target/consent-fixture/cookies.json'),
  },
];

/**
 * The service of a declaration: for a cookie, the one whose cookies cover its name; for a key of
 * the browser's storage, which a banner does not clear, the one titled with its provider and
 * service, which must not list the key among the cookies it clears.
 */
function serviceOf(services, cookie, title) {
  if (!cookie.storage) {
    return services.find((s) => s.cookies.some((m) => covers(m, cookie.name)));
  }
  const service = services.find((s) => title(s) === `${cookie.provider} — ${cookie.service}`);
  assert.ok(!service || !service.cookies.some((m) => covers(m, cookie.name)), `${cookie.name} not cleared`);
  return service;
}

/** A page whose scripts load from node_modules and the generated folder, and its script errors. */
async function page(build, head) {
  const loaded = await loadPage(build.consent, head);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return loaded;
}

for (const build of BUILDS) {
  const declared = JSON.parse(fs.readFileSync(build.json, 'utf8')).cookies;

  test(`${build.name}: Klaro! lists every cookie, necessary and exempt ones required`, async () => {
    const { window, errors } = await page(
      build,
      '<script src="/consent/klaro-config.js"></script>' +
        '<script src="/node_modules/klaro/dist/klaro-no-css.js"></script>'
    );
    const manager = window.klaro.getManager(window.klaroConfig);
    const services = manager.config.services;
    for (const cookie of declared) {
      const service = serviceOf(services, cookie, (s) => s.title);
      assert.ok(service, `${cookie.name} is under a service`);
      assert.equal(service.required, !cookie.requiresConsent, `${cookie.name} required`);
      assert.equal(manager.getConsent(service.name), !cookie.requiresConsent, cookie.name);
    }
    window.klaro.render(window.klaroConfig, { show: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(window.pwned, undefined, 'no value ran as a script');
    assert.deepEqual(errors, []);
    window.close(); // stops the tool's timers
  });

  test(`${build.name}: tarteaucitron runs every service, no consent asked for required ones`, async () => {
    const { window, errors } = await page(
      build,
      '<script src="/node_modules/tarteaucitronjs/tarteaucitron.js"></script>' +
        '<script src="/consent/tarteaucitron-services.js"></script>' +
        "<script>tarteaucitron.init({privacyUrl: '/charte-cookies', useExternalCss: true," +
        " showAlertSmall: false, cookieName: 'tarteaucitron'});</script>"
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const services = Object.values(window.tarteaucitron.services).filter((s) =>
      String(s.key).startsWith('cookie_charter_')
    );
    for (const cookie of declared) {
      const service = serviceOf(services, cookie, (s) => s.name);
      assert.ok(service, `${cookie.name} is under a service`);
      assert.equal(service.needConsent, cookie.requiresConsent, `${cookie.name} needConsent`);
      const line = window.document.getElementById(`${service.key}Line`);
      assert.ok(line, `${service.key} is shown in the panel`);
      assert.ok(line.textContent.includes(cookie.provider), `${cookie.provider} as text`);
      if (!cookie.requiresConsent) {
        assert.equal(window.tarteaucitron.state[service.key], true, `${service.key} allowed`);
      }
    }
    assert.equal(window.pwned, undefined, 'no value ran as a script');
    assert.deepEqual(errors, []);
    window.close(); // stops the tool's timers
  });

  test(`${build.name}: CookieConsent's preferences list every cookie, read-only where required`, async () => {
    const { window, errors } = await page(
      build,
      '<script src="/consent/cookieconsent-config.js"></script>' +
        '<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>'
    );
    await window.CookieConsent.run(window.cookieConsentConfig);
    window.CookieConsent.showPreferences();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const config = window.cookieConsentConfig;
    const headers = Object.values(config.language.translations)[0].preferencesModal.sections[0]
      .cookieTable.headers;
    // Each section of the dialog: its category's toggle, and the rows of its cookie table.
    const sections = [...window.document.querySelectorAll('#cc-main table')].map((table) => {
      // The category's toggle: the section also has one per service.
      const categoryToggle = (element) =>
        [...element.querySelectorAll('input.section__toggle')].find(
          (input) => input.value in config.categories
        );
      let section = table.parentElement;
      while (!categoryToggle(section)) {
        section = section.parentElement;
      }
      const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
        Object.fromEntries(
          [...row.querySelectorAll('td')].map((cell) => [cell.dataset.column, cell.textContent])
        )
      );
      return { toggle: categoryToggle(section), rows };
    });
    for (const cookie of declared) {
      const shown = shownName(cookie);
      const section = sections.find((s) => s.rows.some((r) => r[headers.name] === shown));
      assert.ok(section, `${cookie.name} is in a cookie table`);
      const row = section.rows.find((r) => r[headers.name] === shown);
      assert.equal(row[headers.provider], cookie.provider, 'the provider shows as text');
      const category = config.categories[section.toggle.value];
      assert.equal(category.readOnly, !cookie.requiresConsent, `${cookie.name} read-only`);
      assert.equal(section.toggle.disabled, !cookie.requiresConsent, `${cookie.name} toggle`);
      assert.equal(section.toggle.checked, !cookie.requiresConsent, `${cookie.name} on`);
    }
    const readOnly = declared.filter((c) => !c.requiresConsent).length;
    assert.ok(readOnly === 0 || Object.values(config.categories).some((c) => c.readOnly));
    // Service labels are HTML to CookieConsent: each shows as its text, no element in it (jsdom
    // loads no image, so an <img onerror> would not run here: its absence is what is checked).
    const titles = [...window.document.querySelectorAll('#cc-main .pm__service-title')];
    assert.ok(titles.length > 0, 'the dialog lists services');
    for (const title of titles) {
      assert.equal(title.children.length, 0, `no markup in ${title.innerHTML}`);
      assert.ok(
        declared.some((c) => title.textContent === `${c.provider} — ${c.service}`),
        `${title.textContent} is a declared provider and service`
      );
    }
    assert.equal(window.pwned, undefined, 'no value ran as a script');
    assert.deepEqual(errors, []);
    window.close(); // stops the tool's timers
  });
}
