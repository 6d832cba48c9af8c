// The example portal, run from the jar that `mvn verify` built, visited in jsdom: its consent
// banner (CookieConsent v3 with the configuration that cookie-charter generated) asks about exactly
// the declared cookies in the page's language, keeps the visitor's choice in the declared
// preferences cookie, and the portal sets its audience cookie only once statistics are accepted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsdom from 'jsdom';
import { shownName } from './names.js';

const { JSDOM, VirtualConsole, CookieJar } = jsdom;
const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, '../example-app/target');

let portal;
let origin;

before(async () => {
  // The runnable jar, not original-*.jar (before shading), sources or javadoc.
  const jar = fs
    .readdirSync(target)
    .find((file) => /^cookie-charter-example-app-[0-9.]+(-SNAPSHOT)?\.jar$/.test(file));
  assert.ok(jar, `no portal jar in ${target}: run mvn verify first`);
  portal = spawn('java', ['-jar', path.join(target, jar), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise((resolve, reject) => {
    let out = '';
    const slow = setTimeout(() => reject(new Error(`the portal did not start: ${out}`)), 60000);
    portal.stdout.on('data', (chunk) => {
      out += chunk;
      const started = out.match(/^Portal on (http:\/\/\S+\/) /m);
      if (started) {
        clearTimeout(slow);
        resolve(started[1]);
      }
    });
    portal.stderr.resume(); // the server's log
    portal.on('error', reject);
    portal.on('exit', (code) => reject(new Error(`the portal stopped (${code}): ${out}`)));
  });
});

after(() => portal?.kill());

/** Polls until `ready()` holds: the banner builds its dialogs after the page's load. */
async function until(ready, what) {
  for (let waited = 0; waited < 5000; waited += 50) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** A page of the portal, its scripts run as a browser would, and its script errors. */
async function visit(cookieJar, page = '/') {
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => errors.push(String(error.message || error)));
  const dom = await JSDOM.fromURL(new URL(page, origin).href, {
    runScripts: 'dangerously',
    resources: 'usable',
    pretendToBeVisual: true,
    cookieJar,
    virtualConsole,
  });
  const { window } = dom;
  await until(() => window.document.readyState === 'complete', 'the page to load');
  await until(() => typeof window.CookieConsent?.validConsent === 'function', 'the banner');
  return { window, errors };
}

function cookies(cookieJar) {
  return Object.fromEntries(
    cookieJar.getCookiesSync(origin).map((cookie) => [cookie.key, cookie])
  );
}

/** The categories that the banner recorded in the portal's preferences cookie. */
function accepted(cookieJar) {
  const preferences = cookies(cookieJar).cookies_preferences;
  assert.ok(preferences, 'the choice is kept in the declared preferences cookie');
  return JSON.parse(decodeURIComponent(preferences.value)).categories;
}

async function declared() {
  return (await (await fetch(new URL('/cookies.json', origin))).json()).cookies;
}

test('the banner asks about every declared cookie, necessary ones read-only', async () => {
  const jar = new CookieJar();
  const { window, errors } = await visit(jar);
  await until(() => window.document.querySelector('#cc-main .cm'), 'the consent dialog');
  assert.equal(window.document.querySelector('#cm__title').textContent, 'Nous utilisons des cookies');

  // The portal's own button opens the preferences.
  window.document.querySelector('footer [data-cc="show-preferencesModal"]').click();
  await until(() => window.document.querySelector('#cc-main .pm table'), 'the preferences');
  const sections = [...window.document.querySelectorAll('#cc-main .pm__section--toggle')];
  for (const cookie of await declared()) {
    const section = sections.find((s) =>
      [...s.querySelectorAll('td[data-column="Nom du cookies"]')].some(
        (cell) => cell.textContent === shownName(cookie)
      )
    );
    assert.ok(section, `${cookie.name} is in the preferences`);
    const toggle = section.querySelector('input.section__toggle');
    assert.equal(toggle.disabled, !cookie.requiresConsent, `${cookie.name} read-only`);
    assert.equal(toggle.checked, !cookie.requiresConsent, `${cookie.name} on before any choice`);
  }
  assert.equal(cookies(jar).ods_visitor, undefined, 'no audience cookie before consent');
  assert.deepEqual(errors, []);
  window.close();
});

test('accepting all sets the audience cookie; refusing keeps it away', async () => {
  for (const [button, categories, visitor] of [
    ['all', ['necessary', 'statistics', 'third_party'], true],
    ['necessary', ['necessary'], false],
  ]) {
    const jar = new CookieJar();
    const first = await visit(jar);
    await until(() => first.window.document.querySelector('#cc-main .cm'), 'the consent dialog');
    first.window.document.querySelector(`#cc-main .cm [data-role="${button}"]`).click();
    assert.deepEqual(accepted(jar), categories);
    const days = (cookies(jar).cookies_preferences.expires - Date.now()) / 86400000;
    assert.ok(days > 181 && days <= 182, `kept ${days} days, within the declared six months`);
    first.window.close();

    const next = await visit(jar);
    assert.equal(next.window.CookieConsent.validConsent(), true, 'the choice is remembered');
    assert.equal(next.window.document.querySelector('#cc-main .cm'), null, 'not asked again');
    assert.equal(cookies(jar).ods_visitor !== undefined, visitor, `${button}: audience cookie`);
    assert.deepEqual([...first.errors, ...next.errors], []);
    next.window.close();
  }
});

test('withdrawing consent deletes the audience cookie', async () => {
  const jar = new CookieJar();
  const first = await visit(jar);
  await until(() => first.window.document.querySelector('#cc-main .cm'), 'the consent dialog');
  first.window.document.querySelector('#cc-main .cm [data-role="all"]').click();
  first.window.close();
  await visit(jar); // the portal counts the visitor
  assert.ok(cookies(jar).ods_visitor, 'the audience cookie once accepted');

  const later = await visit(jar);
  later.window.document.querySelector('footer [data-cc="show-preferencesModal"]').click();
  await until(() => later.window.document.querySelector('#cc-main .pm table'), 'the preferences');
  const statistics = later.window.document.querySelector('input.section__toggle[value="statistics"]');
  statistics.click(); // off
  later.window.document.querySelector('#cc-main .pm [data-role="save"]').click();
  assert.deepEqual(accepted(jar), ['necessary', 'third_party']);
  assert.equal(cookies(jar).ods_visitor, undefined, 'the banner deleted it');
  later.window.close();

  const next = await visit(jar);
  assert.equal(cookies(jar).ods_visitor, undefined, 'and the portal does not set it again');
  assert.deepEqual([...first.errors, ...later.errors, ...next.errors], []);
  next.window.close();
});

test("the earlier banner's accept or refuse is removed, and the visitor asked again", async () => {
  const jar = new CookieJar();
  jar.setCookieSync('cookies_preferences=accept; Path=/', origin);
  const { window, errors } = await visit(jar);
  await until(() => window.document.querySelector('#cc-main .cm'), 'the consent dialog');
  assert.equal(cookies(jar).cookies_preferences, undefined, 'the old choice is gone');
  window.document.querySelector('#cc-main .cm [data-role="all"]').click();
  assert.deepEqual(accepted(jar), ['necessary', 'statistics', 'third_party']);
  assert.deepEqual(errors, []);
  window.close();
});

test('the banner speaks the language the visitor chose on the portal', async () => {
  const jar = new CookieJar();
  jar.setCookieSync('django_language=en; Path=/', origin);
  const { window, errors } = await visit(jar, '/charte-cookies');
  await until(() => window.document.querySelector('#cc-main .cm'), 'the consent dialog');
  assert.equal(window.document.querySelector('#cm__title').textContent, 'We use cookies');
  window.CookieConsent.showPreferences();
  await until(() => window.document.querySelector('#cc-main .pm table'), 'the preferences');
  assert.ok(window.document.querySelector('td[data-column="Cookie name"]'), 'English headers');
  assert.deepEqual(errors, []);
  window.close();
});

test('the portal serves the published CookieConsent 3.1.0, byte for byte', async () => {
  const dist = path.join(here, 'node_modules/vanilla-cookieconsent/dist');
  for (const file of ['cookieconsent.umd.js', 'cookieconsent.css']) {
    const served = await fetch(new URL(`/vendor/cookieconsent/${file}`, origin));
    assert.equal(served.status, 200);
    assert.equal(await served.text(), fs.readFileSync(path.join(dist, file), 'utf8'), file);
  }
  const vendored = path.join(
    here,
    '../example-app/src/main/resources/org/cookiecharter/example/portal/vendor/cookieconsent'
  );
  assert.equal(
    fs.readFileSync(path.join(vendored, 'LICENSE'), 'utf8'),
    fs.readFileSync(path.join(dist, '../LICENSE'), 'utf8'),
    'its licence beside it'
  );
});
