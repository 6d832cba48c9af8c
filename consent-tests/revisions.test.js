// Consent fingerprints, in each tool's published npm package running in jsdom: a visitor's choice
// made under one build of a portal is asked again exactly when what that consent is about changed.
// The builds are the processor's fixture (ConsentRevisionsTest, run by `mvn verify`):
//   A  sessionid (necessary), _pk_id.* (statistics), yt_pref (third_party);
//   A2 the same declarations compiled in another order;  C  only a purpose's wording fixed;
//   B  A plus the statistics cookie _pk_cmp;             D  the site's purpose edition raised.
// The choice is made under A through the tool's own UI or API and stored by the tool in its own
// cookie; the page of each later build is then loaded with the cookies that A's page left (a copy
// of the same jar each time, so that no later visit's writes reach the next one).
// CookieConsent keeps one revision for the whole choice: it asks everything again under B and D.
// Klaro! and tarteaucitron key each service by its category's fingerprint: under B they ask only
// about statistics and keep the third-party answer; under D they ask about both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsdom from 'jsdom';
import { covers } from './names.js';
import { page as loadPage, URL_OF_PAGE } from './pages.js';

const { CookieJar } = jsdom;
const here = path.dirname(fileURLToPath(import.meta.url));
const REVISIONS = path.join(here, '../processor/target/consent-revisions');

/** A build of the fixture: its folder of generated files and its declarations. */
function build(name) {
  const folder = path.join(REVISIONS, name);
  const json = path.join(folder, 'cookies.json');
  assert.ok(
    fs.existsSync(json),
    `no ${json}: run mvn verify first (the processor's ConsentRevisionsTest writes the builds)`
  );
  return { name, folder, declared: JSON.parse(fs.readFileSync(json, 'utf8')).cookies };
}

/** A generated file of a build, as text. */
function read(build, file) {
  return fs.readFileSync(path.join(build.folder, file), 'utf8');
}

/** The one service of a tool whose cookies cover those that a build declares in a category. */
function serviceOf(services, build, category) {
  const names = build.declared
    .filter((cookie) => cookie.category.toLowerCase() === category)
    .map((cookie) => cookie.name);
  const found = services.filter((s) => s.cookies.some((m) => names.some((n) => covers(m, n))));
  assert.equal(found.length, 1, `one service for ${category} in build ${build.name}`);
  return found[0];
}

/** Polls until `ready()` holds: the tools build their dialogs after the page's load. */
async function until(ready, what) {
  for (let waited = 0; waited < 5000; waited += 50) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** The same cookies in a new jar: the browser's state as one page left it. */
function copy(cookieJar) {
  const copied = new CookieJar();
  for (const cookie of cookieJar.getCookiesSync(URL_OF_PAGE)) {
    copied.setCookieSync(cookie, URL_OF_PAGE);
  }
  return copied;
}

/** The value of a cookie in a jar, decoded, for the assertion messages. */
function stored(cookieJar, name) {
  const cookie = cookieJar.getCookiesSync(URL_OF_PAGE).find((c) => c.key === name);
  return cookie && decodeURIComponent(cookie.value);
}

/** A page of a build, its scripts from node_modules and the build's folder, and its errors. */
function page(build, head, cookieJar) {
  return loadPage(build.folder, head, cookieJar);
}

test('CookieConsent asks the whole choice again when its revision changed', async (t) => {
  const builds = Object.fromEntries(['A', 'A2', 'B', 'C', 'D'].map((n) => [n, build(n)]));
  const revision = (b) => Number(/"revision": (\d+)/.exec(read(b, 'cookieconsent-config.js'))[1]);
  const visit = async (b, cookieJar) => {
    const { window, errors } = await page(
      b,
      '<script src="/consent/cookieconsent-config.js"></script>' +
        '<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>',
      cookieJar
    );
    await window.CookieConsent.run(window.cookieConsentConfig);
    const cc = window.CookieConsent;
    const modalShown = () => window.document.documentElement.classList.contains('show--consent');
    return { window, errors, cc, modalShown };
  };

  // Under A: the visitor accepts all in the consent modal.
  const jar = new CookieJar();
  {
    const { window, errors, cc, modalShown } = await visit(builds.A, jar);
    await until(() => window.document.querySelector('#cc-main .cm [data-role="all"]'), 'the modal');
    assert.ok(modalShown(), 'the consent modal shows on the first visit');
    window.document.querySelector('#cc-main .cm [data-role="all"]').click();
    assert.equal(cc.validConsent(), true);
    assert.ok(!modalShown(), 'the modal closes once the visitor chose');
    const cookie = JSON.parse(stored(jar, 'cc_cookie'));
    assert.equal(cookie.revision, revision(builds.A), 'the revision is stored with the choice');
    assert.deepEqual([...cookie.categories].sort(), ['necessary', 'statistics', 'third_party']);
    assert.deepEqual(errors, []);
    window.close();
  }

  for (const name of ['A2', 'C']) {
    await t.test(`${name}: same revision, the choice holds and nothing is asked`, async () => {
      assert.equal(revision(builds[name]), revision(builds.A));
      const { window, errors, cc, modalShown } = await visit(builds[name], copy(jar));
      assert.equal(cc.validConsent(), true, `stored: ${stored(jar, 'cc_cookie')}`);
      assert.ok(!modalShown(), 'no consent modal');
      assert.equal(window.document.querySelector('#cc-main .cm'), null, 'the modal is not built');
      assert.equal(cc.acceptedCategory('statistics'), true);
      assert.equal(cc.acceptedCategory('third_party'), true);
      assert.deepEqual(errors, []);
      window.close();
    });
  }

  for (const name of ['B', 'D']) {
    await t.test(`${name}: another revision, the whole choice is asked again`, async () => {
      assert.notEqual(revision(builds[name]), revision(builds.A));
      const { window, errors, cc, modalShown } = await visit(builds[name], copy(jar));
      assert.equal(cc.validConsent(), false, `stored: ${stored(jar, 'cc_cookie')}`);
      await until(modalShown, 'the consent modal');
      assert.ok(window.document.querySelector('#cc-main .cm [data-role="all"]'), 'its buttons');
      // CookieConsent has one revision for the whole choice: it cannot keep the answer for a
      // category whose fingerprint did not change (third_party under B). No category counts as
      // accepted until the visitor chooses again, though the old choice is still in its cookie.
      assert.equal(cc.acceptedCategory('statistics'), false);
      assert.equal(cc.acceptedCategory('third_party'), false);
      assert.equal(cc.getCookie('revision'), revision(builds.A), 'the old choice, not counted');
      assert.deepEqual(errors, []);
      window.close();
    });
  }
});

test('Klaro! asks again about the services whose category changed, keeps the others', async (t) => {
  const builds = Object.fromEntries(['A', 'A2', 'B', 'C', 'D'].map((n) => [n, build(n)]));
  const visit = async (b, cookieJar) => {
    const { window, errors } = await page(
      b,
      '<script src="/consent/klaro-config.js"></script>' +
        '<script src="/node_modules/klaro/dist/klaro-no-css.js"></script>',
      cookieJar
    );
    const manager = window.klaro.getManager(window.klaroConfig);
    const services = manager.config.services;
    const of = (category) => {
      const service = serviceOf(services, b, category);
      assert.deepEqual([...service.purposes], [category], `${service.name}'s purposes`);
      return service.name;
    };
    // The notice Klaro renders by itself on load: shown unless the stored choice is complete.
    const noticeShown = () => {
      const notice = window.document.getElementById('klaro-cookie-notice');
      return notice !== null && !notice.classList.contains('cookie-notice-hidden');
    };
    return { window, errors, manager, of, noticeShown };
  };

  // Two visitors, so that a kept answer is never just the default (false): each accepts one
  // category needing consent and refuses the other.
  for (const choice of [
    { statistics: true, third_party: false },
    { statistics: false, third_party: true },
  ]) {
    const who = `statistics ${choice.statistics}, third_party ${choice.third_party}`;
    const jar = new CookieJar();
    const names = {};
    {
      const { window, errors, manager, of, noticeShown } = await visit(builds.A, jar);
      await until(noticeShown, 'the notice');
      assert.equal(manager.confirmed, false);
      for (const category of ['statistics', 'third_party']) {
        names[category] = of(category);
        manager.updateConsent(names[category], choice[category]);
      }
      manager.saveAndApplyConsents();
      await until(() => !noticeShown(), 'the notice to close');
      const saved = JSON.parse(stored(jar, 'klaro'));
      for (const category of ['statistics', 'third_party']) {
        assert.equal(saved[names[category]], choice[category], `Klaro stored ${category}`);
      }
      assert.deepEqual(errors, []);
      window.close();
    }

    for (const name of ['A2', 'C']) {
      await t.test(`${who}, ${name}: same services, the choice holds`, async () => {
        const { window, errors, manager, of, noticeShown } = await visit(builds[name], copy(jar));
        const message = `stored: ${stored(jar, 'klaro')}`;
        assert.equal(manager.confirmed, true, message);
        for (const category of ['statistics', 'third_party']) {
          assert.equal(of(category), names[category], `${category} keeps its name`);
          assert.equal(manager.getConsent(names[category]), choice[category], message);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.ok(window.document.querySelector('#klaro .klaro'), 'Klaro rendered');
        assert.ok(!noticeShown(), 'no notice');
        assert.deepEqual(errors, []);
        window.close();
      });
    }

    await t.test(`${who}, B: statistics asked again, the third-party answer kept`, async () => {
      const { window, errors, manager, of, noticeShown } = await visit(builds.B, copy(jar));
      const message = `stored: ${stored(jar, 'klaro')}`;
      const statistics = of('statistics');
      assert.notEqual(statistics, names.statistics, 'a new statistics service');
      assert.equal(of('third_party'), names.third_party, 'the same third-party service');
      assert.equal(manager.confirmed, false, message);
      await until(noticeShown, 'the notice');
      assert.equal(manager.getConsent(statistics), false, 'statistics not consented yet');
      assert.equal(manager.getConsent(names.third_party), choice.third_party, message);
      assert.deepEqual(errors, []);
      window.close();
    });

    await t.test(`${who}, D: both categories asked again`, async () => {
      const { window, errors, manager, of, noticeShown } = await visit(builds.D, copy(jar));
      const message = `stored: ${stored(jar, 'klaro')}`;
      assert.equal(manager.confirmed, false, message);
      await until(noticeShown, 'the notice');
      for (const category of ['statistics', 'third_party']) {
        const service = of(category);
        assert.notEqual(service, names[category], `a new ${category} service`);
        assert.equal(manager.getConsent(service), false, `${category} not consented yet`);
      }
      assert.deepEqual(errors, []);
      window.close();
    });
  }
});

test('tarteaucitron asks again about the services whose category changed', async (t) => {
  const builds = Object.fromEntries(['A', 'A2', 'B', 'C', 'D'].map((n) => [n, build(n)]));
  const visit = async (b, cookieJar) => {
    const { window, errors } = await page(
      b,
      '<script src="/node_modules/tarteaucitronjs/tarteaucitron.js"></script>' +
        '<script src="/consent/tarteaucitron-services.js"></script>' +
        "<script>tarteaucitron.init({privacyUrl: '/charte-cookies', useExternalCss: true," +
        " showAlertSmall: false, cookieName: 'tarteaucitron'});</script>",
      cookieJar
    );
    const tac = window.tarteaucitron;
    const services = Object.values(tac.services).filter((s) =>
      String(s.key).startsWith('cookie_charter_')
    );
    // Every configured service is added (its line in the panel) once the tool has loaded.
    const added = (s) => window.document.getElementById(`${s.key}Line`);
    await until(() => services.length > 0 && services.every(added), 'the services');
    const of = (category) => serviceOf(services, b, category).key;
    // The big alert: openAlert() sets its display to block, closeAlert() to none; a page whose
    // every service is answered never opens it.
    const alertOpen = () =>
      window.document.getElementById('tarteaucitronAlertBig')?.style.display === 'block';
    return { window, errors, tac, of, alertOpen };
  };

  // Two visitors: one accepts all with the alert's button, one answers each service in the panel
  // (allows statistics, denies third_party), so that a kept answer is not only `true`.
  for (const [who, answer] of [
    ['accept all', null],
    ['per service', { statistics: true, third_party: false }],
  ]) {
    const jar = new CookieJar();
    const keys = {};
    const choice = answer || { statistics: true, third_party: true };
    {
      const { window, errors, tac, of, alertOpen } = await visit(builds.A, jar);
      await until(alertOpen, 'the alert');
      // The tool wires the alert's buttons in a 500 ms timer started when it built its root,
      // before the alert opened: a later timer of 600 ms fires after it.
      await new Promise((resolve) => setTimeout(resolve, 600));
      for (const category of ['statistics', 'third_party']) {
        keys[category] = of(category);
        assert.equal(tac.state[keys[category]], undefined, `${category} waits for an answer`);
      }
      if (answer === null) {
        window.document.getElementById('tarteaucitronPersonalize2').click();
      } else {
        for (const category of ['statistics', 'third_party']) {
          const button = answer[category] ? 'Allowed' : 'Denied';
          window.document.getElementById(keys[category] + button).click();
        }
      }
      assert.ok(!alertOpen(), 'the alert closes once every service is answered');
      for (const category of ['statistics', 'third_party']) {
        assert.ok(
          stored(jar, 'tarteaucitron').includes(`!${keys[category]}=${choice[category]}`),
          `tarteaucitron stored ${category}: ${stored(jar, 'tarteaucitron')}`
        );
      }
      assert.deepEqual(errors, []);
      window.close();
    }

    for (const name of ['A2', 'C']) {
      await t.test(`${who}, ${name}: same keys, every answer holds`, async () => {
        const { window, errors, tac, of, alertOpen } = await visit(builds[name], copy(jar));
        const message = `stored: ${stored(jar, 'tarteaucitron')}`;
        for (const category of ['statistics', 'third_party']) {
          assert.equal(of(category), keys[category], `${category} keeps its key`);
          assert.equal(tac.state[keys[category]], choice[category], message);
        }
        for (const key of tac.job.filter((k) => k.startsWith('cookie_charter_'))) {
          assert.equal(typeof tac.state[key], 'boolean', `${key} answered`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.ok(window.document.getElementById('tarteaucitronAlertBig'), 'the alert is built');
        assert.ok(!alertOpen(), 'no alert');
        assert.deepEqual(errors, []);
        window.close();
      });
    }

    await t.test(`${who}, B: statistics asked again, the third-party answer kept`, async () => {
      const { window, errors, tac, of, alertOpen } = await visit(builds.B, copy(jar));
      const message = `stored: ${stored(jar, 'tarteaucitron')}`;
      const statistics = of('statistics');
      assert.notEqual(statistics, keys.statistics, 'a new statistics key');
      assert.equal(of('third_party'), keys.third_party, 'the same third-party key');
      await until(alertOpen, 'the alert');
      assert.equal(tac.state[statistics], undefined, `statistics waits for an answer; ${message}`);
      assert.notEqual(tac.launch[statistics], true, 'statistics not started');
      assert.equal(tac.state[keys.third_party], choice.third_party, message);
      assert.deepEqual(errors, []);
      window.close();
    });

    await t.test(`${who}, D: both categories asked again`, async () => {
      const { window, errors, tac, of, alertOpen } = await visit(builds.D, copy(jar));
      const message = `stored: ${stored(jar, 'tarteaucitron')}`;
      await until(alertOpen, 'the alert');
      for (const category of ['statistics', 'third_party']) {
        const key = of(category);
        assert.notEqual(key, keys[category], `a new ${category} key`);
        assert.equal(tac.state[key], undefined, `${category} waits for an answer; ${message}`);
        assert.notEqual(tac.launch[key], true, `${category} not started`);
      }
      assert.deepEqual(errors, []);
      window.close();
    });
  }
});
