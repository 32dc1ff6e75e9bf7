// End-to-end: real Label Studio (started by tests/browser/test_web.py) + real local Ceramic node, driven in headless
// Debian Chromium through playwright-core. Every non-loopback request is blocked. Steps that need the server side to
// change (node down / up) are coordinated with the pytest side through "@@STEP name" lines and go-files.
//
// env: ORBIS_E2E_BASE, ORBIS_E2E_EMAIL, ORBIS_E2E_PASSWORD, ORBIS_E2E_PROJECT, ORBIS_E2E_TASKS (comma list),
//      ORBIS_E2E_WALLET_KEY (0x… test key), ORBIS_E2E_ARTIFACTS (screenshot dir), ORBIS_E2E_SCENARIO (main | privy)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { login as signIn, openBrowser } from './harness.mjs';

const env = process.env;
const BASE = env.ORBIS_E2E_BASE;
const ART = env.ORBIS_E2E_ARTIFACTS || 'test-artifacts/browser';
const SCENARIO = env.ORBIS_E2E_SCENARIO || 'main';
mkdirSync(ART, { recursive: true });

const result = { scenario: SCENARIO, steps: [], consoleErrors: [], pageErrors: [], failedRequests: [], ignoredConsole: [], blocked: [], screenshots: [] };
let shot = 0;

function log(...args) {
  console.error(`[e2e ${new Date().toISOString().slice(11, 19)}]`, ...args);
}

async function screenshot(page, name) {
  shot += 1;
  // in the Export dialog: scroll to our panel and the buttons (the dialog's footer), let the progress bar settle
  const actions = page.locator('.lsf-export-page .lsf-export-page__actions');
  if (await actions.count()) {
    await actions.first().evaluate((node) => node.scrollIntoView({ block: 'end' })).catch(() => {});
    await page.waitForTimeout(400);
  }
  const file = join(ART, `${SCENARIO}-${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  result.screenshots.push(file);
  return file;
}

async function step(name) {
  // ask the pytest side to do something, wait until it says go
  console.log(`@@STEP ${name}`);
  const flag = join(ART, `go-${name}`);
  for (let i = 0; i < 600 && !existsSync(flag); i += 1) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(flag)) throw new Error(`the test did not answer step ${name}`);
  result.steps.push(name);
}

const KNOWN_LS_NOISE = [/\/heidi-tips/, /Failed to load live Heidi tips/];

const { browser, context, page } = await openBrowser(result, { viewport: { width: 1280, height: 1000 } });
if (env.ORBIS_E2E_WALLET_KEY) {
  await context.addInitScript((key) => { try { localStorage.setItem('orbis:test-wallet-key', key); } catch { /* */ } },
    env.ORBIS_E2E_WALLET_KEY);
}
const loaded = []; // our static files fetched, with sizes
const responses = [];
page.on('console', (msg) => {
  if (msg.type() !== 'error') return;
  const text = msg.text();
  const where = msg.location() && msg.location().url ? msg.location().url : '';
  if (KNOWN_LS_NOISE.some((re) => re.test(text) || re.test(where))) return;
  if (/net::ERR_BLOCKED_BY_CLIENT|ERR_FAILED/.test(text)) return; // requests this test blocks on purpose
  // Label Studio logs a fetch that our next page.goto aborted (its own request, cut by the test's navigation)
  if (/^TypeError: Failed to fetch/.test(text) && /\/react-app\//.test(text + where)) {
    result.ignoredConsole.push(`${text.slice(0, 120)} (page ${page.url()})`);
    return;
  }
  result.consoleErrors.push(`${text.slice(0, 300)}${where ? ` @ ${where}` : ''} (page ${page.url()})`);
});
page.on('requestfailed', (req) => result.failedRequests.push(`${req.method()} ${req.url()} ${req.failure() ? req.failure().errorText : ''} (page ${page.url()})`));
page.on('response', async (resp) => {
  const url = resp.url();
  responses.push([resp.status(), url]);
  if (url.includes('/static/orbis_export/')) {
    try {
      const body = await resp.body();
      loaded.push({ url, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch { /* navigation raced the body */ }
  }
});

const login = () => signIn(page, BASE, env.ORBIS_E2E_EMAIL, env.ORBIS_E2E_PASSWORD, result, async () => {
  await screenshot(page, 'login');
  result.privyLoginEntry = await page.locator('[data-orbis-login]').count();
});

async function openIdentity() {
  await page.waitForSelector('[data-orbis-identity-trigger=header]');
  await page.click('[data-orbis-identity-trigger=header]');
  await page.waitForSelector('[data-orbis-identity] [data-orbis-wallet], [data-orbis-identity] [data-orbis-action=disconnect]');
}

async function label(taskId, choice) {
  await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/data?task=${taskId}`);
  const box = page.locator(`.lsf-choices input[name="${choice}"]`);
  await box.waitFor({ timeout: 60000 });
  await page.locator('.lsf-choice__checkbox', { hasText: choice }).first().click();
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/tasks\/\d+\/annotations/.test(r.url()) && r.status() < 300);
  await page.click('button[aria-label="Submit current annotation"]');
  await saved;
  await page.waitForLoadState('networkidle'); // let Label Studio finish its own requests before we navigate on
}

async function openExport() {
  await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/data`);
  await page.click('button[data-testid="dm-export-button"]');
  await page.waitForSelector('.lsf-export-page [data-orbis-save]');
}

async function chooseFormat(name) {
  await page.locator('.lsf-formats__item', { has: page.locator('.lsf-formats__name', { hasText: new RegExp(`^${name}`) }) }).first().click();
  await page.waitForFunction((n) => (document.querySelector('[data-orbis-panel]')?.dataset.format || '').replace(/_/g, '-') === n, name);
}

async function saveAndWait(previousJob = '') {
  await page.click('[data-orbis-save]');
  await page.waitForFunction((prev) => {
    const p = document.querySelector('[data-orbis-panel]');
    return p && p.dataset.job !== prev && p.dataset.jobStatus && !['queued', 'running'].includes(p.dataset.jobStatus)
      || (p && p.dataset.jobStatus === 'error');
  }, previousJob, { timeout: 120000 });
  return page.evaluate(() => {
    const p = document.querySelector('[data-orbis-panel]');
    const q = (s) => (p.querySelector(s) ? p.querySelector(s).textContent : null);
    return { job: p.dataset.job, status: p.dataset.jobStatus, tone: p.dataset.tone, summary: q('[data-orbis-summary]'),
      progress: q('[data-orbis-progress]'), text: p.textContent,
      links: [...p.querySelectorAll('a')].map((a) => [a.dataset.orbisLink, a.getAttribute('href')]) };
  });
}

try {
  if (SCENARIO === 'main') {
    await login();
    loaded.length = 0;
    await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/data`);
    await page.waitForSelector('[data-orbis-identity-trigger=header]');
    await page.waitForTimeout(500);
    result.pageLoad = { files: loaded.length, bytes: loaded.reduce((n, f) => n + f.bytes, 0),
      gzip: loaded.reduce((n, f) => n + f.gzip, 0), urls: loaded.map((f) => f.url.replace(BASE, '')) };

    // connect the identity with the local test-key wallet
    await openIdentity();
    await screenshot(page, 'identity-menu');
    await page.click('[data-orbis-identity] [data-orbis-wallet=test]');
    await page.waitForSelector('[data-orbis-identity] [data-orbis-action=disconnect]', { timeout: 30000 });
    result.did = (await page.textContent('[data-orbis-identity] [data-orbis-did]')).trim();
    await screenshot(page, 'identity-connected');
    await page.click('[data-orbis-identity] .orbis-close');

    // the same menu from Label Studio's user menu (the avatar), never in the main menu
    await page.click('.lsf-menu-header__user');
    result.userMenuEntry = await page.waitForSelector('.lsf-dropdown [data-orbis-identity-trigger=user-menu]', { timeout: 10000 })
      .then(() => true, () => false);
    await screenshot(page, 'user-menu');
    await page.keyboard.press('Escape');
    await page.click('.lsf-menu-header__trigger');
    await page.waitForTimeout(600); // the main menu slides in
    result.mainMenuEntries = await page.locator('.lsf-sidebar [data-orbis-identity-trigger]').count();
    await screenshot(page, 'sidebar');
    await page.click('.lsf-menu-header__trigger');

    // label three tasks in Label Studio's own labeling UI
    const tasks = env.ORBIS_E2E_TASKS.split(',').map(Number);
    const choices = ['Positive', 'Negative', 'Neutral'];
    for (const [i, taskId] of tasks.entries()) {
      await label(taskId, choices[i % 3]);
      log(`labelled task ${taskId}`);
    }
    await screenshot(page, 'labelled');

    // Export dialog: another format explains, JSON-MIN saves
    await openExport();
    await chooseFormat('CSV');
    result.csv = { disabled: await page.isDisabled('[data-orbis-save]'), hint: await page.textContent('[data-orbis-hint]') };
    await screenshot(page, 'export-csv-explains');
    await chooseFormat('JSON-MIN');
    result.jsonMinEnabled = !(await page.isDisabled('[data-orbis-save]'));
    await screenshot(page, 'export-json-min');
    result.first = await saveAndWait();
    await screenshot(page, 'export-saved');
    result.second = await saveAndWait(result.first.job);
    await screenshot(page, 'export-nothing-new');

    // node down: a clear error; node back: the same button runs again
    await step('node-down');
    result.down = await saveAndWait(result.second.job);
    await screenshot(page, 'export-node-down');
    await step('node-up');
    result.again = await saveAndWait(result.down.job);
    await screenshot(page, 'export-after-node-back');

    // provenance page
    await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/orbis/?node=1`);
    await page.waitForSelector('[data-orbis-records]');
    result.provenance = await page.evaluate(() => ({
      synced: document.querySelector('[data-count=synced]').textContent.trim(),
      rows: [...document.querySelectorAll('[data-orbis-records] tbody tr[data-annotation]')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()),
    }));
    await screenshot(page, 'provenance');
  } else if (SCENARIO === 'privy') {
    await login(); // the login page shows "Continue with Privy" when an app id is configured
    await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/data`);
    await openIdentity();
    const t0 = Date.now();
    await page.click('[data-orbis-identity] [data-orbis-wallet=privy]');
    await page.waitForSelector('[data-orbis-identity] [data-orbis-message=error]', { timeout: 45000 });
    result.privy = { seconds: (Date.now() - t0) / 1000, message: await page.textContent('[data-orbis-identity] [data-orbis-message=error]') };
    await screenshot(page, 'privy-unreachable');
  }
  result.ok = true;
} catch (err) {
  result.ok = false;
  result.error = String(err && err.stack ? err.stack : err).slice(0, 3000);
  try { await screenshot(page, 'failure'); } catch { /* */ }
} finally {
  result.httpErrors = responses.filter(([s, u]) => s >= 400 && !KNOWN_LS_NOISE.some((re) => re.test(u))).map(([s, u]) => `${s} ${u}`);
  await browser.close();
  writeFileSync(join(ART, `${SCENARIO}-result.json`), JSON.stringify(result, null, 2));
  console.log(`@@RESULT ${JSON.stringify(result)}`);
}
