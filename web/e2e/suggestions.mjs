// A model's suggestion in Label Studio's own labeling UI (issue 16), in headless Debian Chromium (playwright-core)
// against the real server started by tests/browser/test_suggestions_web.py. Every non-loopback request is blocked.
// Log in → open a pre-annotated task → the suggested choice is already ticked → Submit as is → the annotation is saved.
//
// env: ORBIS_E2E_BASE, ORBIS_E2E_EMAIL, ORBIS_E2E_PASSWORD, ORBIS_E2E_PROJECT, ORBIS_E2E_TASK, ORBIS_E2E_CHOICE (the
//      suggested choice), ORBIS_E2E_ARTIFACTS, ORBIS_E2E_DOCS (directory for the committed screenshot; empty: none),
//      ORBIS_E2E_CHROMIUM
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOOPBACK, login as signIn, openBrowser } from './harness.mjs';

const env = process.env;
const BASE = env.ORBIS_E2E_BASE;
const ART = env.ORBIS_E2E_ARTIFACTS || 'test-artifacts/browser';
mkdirSync(ART, { recursive: true });
const result = { pageErrors: [], httpErrors: [], blocked: [] };

const { browser, context, page } = await openBrowser(result, { viewport: { width: 1280, height: 900 }, timeout: 60000 });
result.taskApi = [];
page.on('response', async (resp) => {
  const url = new URL(resp.url());
  if (/\/api\/tasks\/\d+/.test(url.pathname) && resp.request().method() === 'GET') {
    try {
      const body = await resp.json();
      result.taskApi.push({ path: url.pathname + url.search, predictions: (body.predictions || []).length });
    } catch (e) { /* not JSON */ }
  }
  // Label Studio's own tips endpoint 404s in the open-source edition: not ours, not a failure
  if (resp.status() >= 400 && LOOPBACK.has(url.hostname) && !url.pathname.includes('heidi-tips')) {
    result.httpErrors.push(`${resp.status()} ${resp.request().method()} ${url.pathname}`);
  }
});

try {
  await signIn(page, BASE, env.ORBIS_E2E_EMAIL, env.ORBIS_E2E_PASSWORD, result);

  await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/data?labeling=1`);  // the label stream, as "Label All Tasks"
  const choices = page.locator('.lsf-choices input');
  await choices.first().waitFor({ timeout: 90000 });
  await page.waitForLoadState('networkidle');
  // what the labeler sees before touching anything: the model's suggestion already ticked
  result.ticked = await page.$$eval('.lsf-choices input', (inputs) => inputs.filter((i) => i.checked).map((i) => i.name));
  const file = join(ART, 'suggestion-in-labeling.png');
  await page.screenshot({ path: file });
  if (env.ORBIS_E2E_DOCS) {
    mkdirSync(env.ORBIS_E2E_DOCS, { recursive: true });
    await page.screenshot({ path: join(env.ORBIS_E2E_DOCS, 'suggestion-in-labeling.png') });
  }
  // accept it as is
  const saved = page.waitForResponse((r) => r.request().method() === 'POST'
    && /\/api\/tasks\/\d+\/annotations/.test(r.url()) && r.status() < 300);
  await page.click('button[aria-label="Submit current annotation"]');
  const response = await saved;
  result.posted = JSON.parse(response.request().postData() || '{}');
  result.annotation = (await response.json()).id;
  await page.waitForLoadState('networkidle');
  result.ok = true;
} catch (err) {
  result.ok = false;
  result.error = String(err && err.stack ? err.stack : err).slice(0, 2000);
  await page.screenshot({ path: join(ART, 'suggestion-failure.png') }).catch(() => {});
} finally {
  await browser.close();
}
console.log(`@@RESULT ${JSON.stringify(result)}`);
