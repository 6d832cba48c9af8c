// Drives the three consent-banner test sites in real headless Chromium, as a visitor does, and
// prints what each consent state leaves in the browser (see DRIVING.md). Reference only: it does
// not run in the Maven build. Node resolves 'playwright-core' from the script's own folder, so
// copy it to a scratch folder first:
//   mkdir /tmp/v && cd /tmp/v && npm i playwright-core && cp <sites>/verify.mjs . \
//     && node verify.mjs <sites>
// Chromium is /usr/bin/chromium (no browser is downloaded); each site is served by the small
// static server below on 127.0.0.1. Exit code 0 when every check holds.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITES_DIR = path.resolve(
  process.argv[2] || path.dirname(fileURLToPath(import.meta.url))
);
const CHROMIUM = '/usr/bin/chromium';
// CookieConsent hides itself when navigator.webdriver is true (hideFromBots, on by default), and
// Playwright's Chromium reports true: this switch makes it report false.
const NOT_A_BOT = '--disable-blink-features=AutomationControlled';

// ---------------------------------------------------------------------------------------------
// How each banner is driven. Steps: ['click', sel] (Playwright click: waits until the element is
// visible, stable, enabled and receives the click), ['visible', sel], ['checked', sel] (the
// checkbox must now be checked), ['wait', ms].
// ---------------------------------------------------------------------------------------------
const BANNERS = {
  cookieconsent: {
    cookie: 'cc_cookie',
    present: 'html.show--consent',
    shown: '#cc-main .cm[aria-hidden="false"]',
    ready: [],
    hidden: ['#cc-main .cm', '#cc-main .pm'],
    states: {
      'refuse-all': [['click', '#cc-main .cm [data-role="necessary"]']],
      'accept-all': [['click', '#cc-main .cm [data-role="all"]']],
      'accept-statistics': [
        ['click', '#cc-main .cm [data-role="show"]'],
        ['visible', '#cc-main .pm[aria-hidden="false"]'],
        ['click', '#cc-main .pm input.section__toggle[value="statistics"]'],
        ['checked', '#cc-main .pm input.section__toggle[value="statistics"]'],
        ['click', '#cc-main .pm [data-role="save"]'],
      ],
      'accept-third_party': [
        ['click', '#cc-main .cm [data-role="show"]'],
        ['visible', '#cc-main .pm[aria-hidden="false"]'],
        ['click', '#cc-main .pm input.section__toggle[value="third_party"]'],
        ['checked', '#cc-main .pm input.section__toggle[value="third_party"]'],
        ['click', '#cc-main .pm [data-role="save"]'],
      ],
    },
  },
  klaro: {
    cookie: 'klaro',
    present: '#klaro-cookie-notice',
    shown: '#klaro .cookie-notice:not(.cookie-notice-hidden)',
    ready: [],
    hidden: ['#klaro .cookie-notice', '#klaro .cookie-modal'],
    states: {
      'refuse-all': [['click', '#klaro .cookie-notice .cn-decline']],
      // The generated configuration has no acceptAll: the notice's "That's ok" button only saves
      // the defaults (see the extra check below), so accepting all goes through the modal.
      'accept-all': [
        ['click', '#klaro .cookie-notice .cn-learn-more'],
        ['visible', '#klaro .cookie-modal .cm-modal'],
        ['click', '#klaro label[for="purpose-item-statistics"]'],
        ['click', '#klaro label[for="purpose-item-third_party"]'],
        ['checked', '#purpose-item-statistics'],
        ['checked', '#purpose-item-third_party'],
        ['click', '#klaro .cookie-modal .cm-btn-accept'],
      ],
      'accept-statistics': [
        ['click', '#klaro .cookie-notice .cn-learn-more'],
        ['visible', '#klaro .cookie-modal .cm-modal'],
        ['click', '#klaro label[for="purpose-item-statistics"]'],
        ['checked', '#purpose-item-statistics'],
        ['click', '#klaro .cookie-modal .cm-btn-accept'],
      ],
      'accept-third_party': [
        ['click', '#klaro .cookie-notice .cn-learn-more'],
        ['visible', '#klaro .cookie-modal .cm-modal'],
        ['click', '#klaro label[for="purpose-item-third_party"]'],
        ['checked', '#purpose-item-third_party'],
        ['click', '#klaro .cookie-modal .cm-btn-accept'],
      ],
    },
  },
  tarteaucitron: {
    cookie: 'tarteaucitron',
    present: '#tarteaucitronRoot.tarteaucitronBeforeVisible',
    // #tarteaucitronRoot itself has no size: Playwright never counts it as visible.
    shown: '#tarteaucitronRoot.tarteaucitronBeforeVisible #tarteaucitronAlertBig',
    // The buttons' click handlers are bound 500 ms after the banner is built (tarteaucitron.js
    // line 1029); the same timeout sets data-index on the category buttons (line 1093).
    ready: ['#tarteaucitronRoot .catToggleBtn[data-index]'],
    hidden: ['#tarteaucitronAlertBig', '#tarteaucitron'],
    states: {
      'refuse-all': [['click', '#tarteaucitronAllDenied2']],
      'accept-all': [['click', '#tarteaucitronPersonalize2']],
      'accept-statistics': [
        ['click', '#tarteaucitronCloseAlert'],
        ['visible', '#tarteaucitron'],
        ['click', '#cookie_charter_2Allowed'],
        ['click', '#tarteaucitronSaveButton'],
      ],
      'accept-third_party': [
        ['click', '#tarteaucitronCloseAlert'],
        ['visible', '#tarteaucitron'],
        ['click', '#cookie_charter_3Allowed'],
        ['click', '#tarteaucitronSaveButton'],
      ],
    },
  },
};

const STATES = ['no-choice', 'refuse-all', 'accept-statistics', 'accept-third_party', 'accept-all'];
const EXPECT = {
  'no-choice': { banner: false, stats: false, video: false },
  'refuse-all': { banner: true, stats: false, video: false },
  'accept-statistics': { banner: true, stats: true, video: false },
  'accept-third_party': { banner: true, stats: false, video: true },
  'accept-all': { banner: true, stats: true, video: true },
};

// ---------------------------------------------------------------------------------------------
// A static server over the sites folder, on 127.0.0.1.
// ---------------------------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
function serve(root) {
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Network idle: no request in flight for `quiet` ms (waitForLoadState('networkidle') returns at
 * once after a click: the document's networkidle event already fired). */
function tracker(page) {
  let inFlight = 0;
  let last = Date.now();
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', () => {
    inFlight++;
    last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async (quiet = 500, max = 10000) => {
    const start = Date.now();
    while (Date.now() - start < max) {
      if (inFlight === 0 && Date.now() - last >= quiet) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}

async function runSteps(page, steps) {
  for (const [kind, arg] of steps) {
    if (kind === 'click') await page.click(arg, { timeout: 5000 });
    else if (kind === 'visible') await page.waitForSelector(arg, { state: 'visible', timeout: 5000 });
    else if (kind === 'checked') {
      if (!(await page.isChecked(arg))) throw new Error(`${arg} is not checked`);
    } else if (kind === 'wait') await page.waitForTimeout(arg);
  }
}

const bannerVisible = (page, selector) =>
  page.locator(selector).first().isVisible().catch(() => false);

async function snapshot(page, context) {
  const cookies = await context.cookies();
  const storage = await page.evaluate(() => Object.keys(localStorage));
  return { cookies, storage };
}

const lifetime = (c) =>
  c.expires < 0 ? 'session' : `${Math.round((c.expires * 1000 - Date.now()) / 86400000)} days`;
const showCookies = (cookies) =>
  cookies
    .map((c) => `${c.name}=${decodeURIComponent(c.value)}  [${lifetime(c)}, path ${c.path}]`)
    .join('\n      ') || '(none)';

/** One consent state on one site, in a fresh context. */
async function scenario(browser, base, site, state, results) {
  const banner = BANNERS[site];
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const idle = tracker(page);
  const failures = [];
  const log = [];

  await page.goto(`${base}/${site}/index.html`, { waitUntil: 'load' });
  await page.waitForSelector(banner.shown, { state: 'visible', timeout: 5000 });
  const shownAt = await page.evaluate(() => Math.round(performance.now()));
  const loadAt = await page.evaluate(() =>
    Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)
  );
  log.push(`banner visible ${shownAt} ms after navigation start (load event ended at ${loadAt} ms)`);
  for (const ready of banner.ready) {
    await page.waitForSelector(ready, { state: 'attached', timeout: 5000 });
    log.push(`ready (${ready}) at ${await page.evaluate(() => Math.round(performance.now()))} ms`);
  }
  const presentAtFirst = await page.locator(banner.present).count();
  log.push(`${banner.present} present while the banner shows: ${presentAtFirst > 0}`);
  const before = await snapshot(page, context);
  log.push(`cookies before any click: ${showCookies(before.cookies)}`);

  if (state !== 'no-choice') {
    let navigations = 0;
    const count = (frame) => {
      if (frame === page.mainFrame()) navigations++;
    };
    page.on('framenavigated', count);
    await runSteps(page, banner.states[state]);
    // The banner (and its dialog) must go away after the choice.
    for (const hidden of banner.hidden) {
      await page.waitForSelector(hidden, { state: 'hidden', timeout: 5000 });
    }
    await idle();
    page.off('framenavigated', count);
    log.push(`banner hidden; page navigations caused by the clicks: ${navigations}`);
  }
  await idle();
  const onIndex = await snapshot(page, context);

  await page.goto(`${base}/${site}/other.html`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500); // tarteaucitron opens its alert after a chain of loads
  await idle();
  const again = await bannerVisible(page, banner.shown);
  const presentAgain = await page.locator(banner.present).count();
  const onOther = await snapshot(page, context);

  const names = onOther.cookies.map((c) => c.name);
  const expected = EXPECT[state];
  const has = (n) => names.includes(n);
  const check = (ok, what) => {
    if (!ok) failures.push(what);
  };
  check(has(banner.cookie) === expected.banner || (site === 'tarteaucitron' && state === 'no-choice'),
    `${banner.cookie} ${expected.banner ? 'missing' : 'present'}`);
  check(has('_pk_id.1.abcd') === expected.stats, `_pk_id.1.abcd ${expected.stats ? 'missing' : 'present'}`);
  check(has('yt_pref') === expected.video, `yt_pref cookie ${expected.video ? 'missing' : 'present'}`);
  check(onOther.storage.includes('yt_pref') === expected.video,
    `yt_pref localStorage ${expected.video ? 'missing' : 'present'}`);
  const others = names.filter((n) => ![banner.cookie, '_pk_id.1.abcd', 'yt_pref'].includes(n));
  check(others.length === 0, `unexpected cookies ${others}`);
  check(again === (state === 'no-choice'),
    state === 'no-choice' ? 'banner not shown on other.html' : 'banner shown again on other.html');
  check(presentAtFirst > 0 && (presentAgain > 0) === (state === 'no-choice'),
    `${banner.present} does not follow the banner`);
  check(errors.length === 0, `page errors: ${errors.join('; ')}`);

  console.log(`\n[${site}] ${state}: ${failures.length === 0 ? 'OK' : 'FAIL: ' + failures.join(', ')}`);
  for (const line of log) console.log(`    ${line}`);
  console.log(`    index.html after the choice: cookies ${showCookies(onIndex.cookies)}`);
  console.log(`    other.html: banner ${again ? 'SHOWN' : 'not shown'}`);
  console.log(`    other.html cookies:\n      ${showCookies(onOther.cookies)}`);
  console.log(`    other.html localStorage keys: ${JSON.stringify(onOther.storage)}`);
  results.push({ site, state, ok: failures.length === 0, failures, cookies: onOther.cookies,
    storage: onOther.storage });
  await context.close();
}

// ---------------------------------------------------------------------------------------------
// Extra checks: facts the scanner must know about.
// ---------------------------------------------------------------------------------------------
async function extras(base, results) {
  // 1. CookieConsent stays hidden when navigator.webdriver is true (Chromium without NOT_A_BOT).
  {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox'] });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/cookieconsent/index.html`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    const webdriver = await page.evaluate(() => navigator.webdriver);
    const shown = await bannerVisible(page, BANNERS.cookieconsent.shown);
    const main = await page.locator('#cc-main').count();
    console.log(`\n[extra] CookieConsent without ${NOT_A_BOT}: navigator.webdriver=${webdriver},` +
      ` #cc-main elements=${main}, banner ${shown ? 'shown' : 'NOT shown'}`);
    results.push({ site: 'extra', state: 'cookieconsent hidden from webdriver', ok: webdriver && !shown });
    // Same browser, navigator.webdriver overridden by an init script instead of the switch.
    const c2 = await browser.newContext();
    await c2.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
    const p2 = await c2.newPage();
    await p2.goto(`${base}/cookieconsent/index.html`, { waitUntil: 'networkidle' });
    const shown2 = await p2.waitForSelector(BANNERS.cookieconsent.shown, { state: 'visible',
      timeout: 3000 }).then(() => true, () => false);
    console.log(`[extra] CookieConsent, same browser, init script making navigator.webdriver false:` +
      ` banner ${shown2 ? 'shown' : 'NOT shown'}`);
    results.push({ site: 'extra', state: 'cookieconsent shown with webdriver init script', ok: shown2 });
    await browser.close();
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', NOT_A_BOT] });

  // 2. Klaro's notice button "That's ok" (.cm-btn-success) without acceptAll: saves the defaults.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/klaro/index.html`, { waitUntil: 'load' });
    await page.click('#klaro .cookie-notice .cm-btn-success');
    await page.waitForTimeout(1000);
    await page.goto(`${base}/klaro/other.html`, { waitUntil: 'networkidle' });
    const { cookies } = await snapshot(page, context);
    const names = cookies.map((c) => c.name);
    console.log(`\n[extra] Klaro notice "That's ok" (.cm-btn-success), config without acceptAll:` +
      `\n      ${showCookies(cookies)}`);
    results.push({ site: 'extra', state: 'klaro "That\'s ok" saves defaults only',
      ok: names.includes('klaro') && !names.includes('_pk_id.1.abcd') && !names.includes('yt_pref') });
    await context.close();
  }

  // 3. Klaro accept-all through the "enable or disable all" switch of the modal.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/klaro/index.html`, { waitUntil: 'load' });
    await runSteps(page, [
      ['click', '#klaro .cookie-notice .cn-learn-more'],
      ['visible', '#klaro .cookie-modal .cm-modal'],
    ]);
    console.log(`\n[extra] Klaro modal: the checkbox #purpose-item-statistics is visible: ` +
      `${await page.isVisible('#purpose-item-statistics')}; its label is visible: ` +
      `${await page.isVisible('#klaro label[for="purpose-item-statistics"]')}`);
    await runSteps(page, [
      ['click', '#klaro label[for="purpose-item-disableAll"]'],
      ['checked', '#purpose-item-statistics'],
      ['checked', '#purpose-item-third_party'],
      ['click', '#klaro .cookie-modal .cm-btn-accept'],
    ]);
    await page.waitForTimeout(1000);
    await page.goto(`${base}/klaro/other.html`, { waitUntil: 'networkidle' });
    const { cookies } = await snapshot(page, context);
    const names = cookies.map((c) => c.name);
    console.log(`\n[extra] Klaro accept-all via label[for="purpose-item-disableAll"]:` +
      `\n      ${showCookies(cookies)}`);
    results.push({ site: 'extra', state: 'klaro toggle-all then Accept selected',
      ok: names.includes('_pk_id.1.abcd') && names.includes('yt_pref') });
    await context.close();
  }

  // 4. tarteaucitron: a click as soon as the banner is visible, before the handlers are bound.
  //    Done inside the page (a real mouse click from Playwright can come late enough for the
  //    handlers to be bound by then): poll until the alert shows, note whether the handlers are
  //    bound (data-index set by the same timeout), click the button at once.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/tarteaucitron/index.html`, { waitUntil: 'commit' });
    const boundEarly = await page.evaluate(() => new Promise((resolve) => {
      const poll = () => {
        const alert = document.getElementById('tarteaucitronAlertBig');
        if (alert && alert.style.display === 'block') {
          const bound = document.querySelectorAll('.catToggleBtn[data-index]').length > 0;
          document.getElementById('tarteaucitronPersonalize2').click();
          resolve(bound);
        } else {
          setTimeout(poll, 5);
        }
      };
      poll();
    }));
    await page.waitForTimeout(1500);
    const stillShown = await bannerVisible(page, BANNERS.tarteaucitron.shown);
    const value = (await context.cookies()).find((c) => c.name === 'tarteaucitron')?.value;
    console.log(`\n[extra] tarteaucitron: accept-all clicked as soon as the alert shows (handlers ` +
      `bound: ${boundEarly}): banner ${stillShown ? 'STILL shown' : 'hidden'}, cookie ${value}`);
    results.push({ site: 'extra', state: 'tarteaucitron click before the handlers are bound is lost',
      ok: boundEarly === false && stillShown });
    await context.close();
  }
  await browser.close();
}

const server = await serve(SITES_DIR);
const base = `http://127.0.0.1:${server.address().port}`;
console.log(`Serving ${SITES_DIR} at ${base}`);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', NOT_A_BOT] });
console.log(`Chromium ${browser.version()}`);
const results = [];
for (const site of Object.keys(BANNERS)) {
  for (const state of STATES) {
    try {
      await scenario(browser, base, site, state, results);
    } catch (e) {
      console.log(`\n[${site}] ${state}: ERROR ${e.message.split('\n')[0]}`);
      results.push({ site, state, ok: false, failures: [e.message.split('\n')[0]] });
    }
  }
}
await browser.close();
await extras(base, results);
server.close();

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'OK  ' : 'FAIL'} ${r.site} ${r.state}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
