// End-to-end: the Ceramic (OrbisDB) Target Storage in Label Studio's own Cloud Storage settings, in headless Debian
// Chromium (playwright-core), against the real server started by tests/browser/test_ceramic_storage.py and the real
// local Ceramic node. Every non-loopback request is blocked.
//
// Steps: log in → Project Settings → Cloud Storage → Add Target Storage → the type list offers "Ceramic (OrbisDB)"
// → Check Connection with a wrong node URL (error shown) → fixed → Add → Sync → status "Completed" with the count →
// the Source dialog does not offer Ceramic → label a task in the labeling UI (automatic export; pytest checks the node).
//
// env: ORBIS_E2E_BASE, ORBIS_E2E_EMAIL, ORBIS_E2E_PASSWORD, ORBIS_E2E_PROJECT, ORBIS_E2E_TASKS, ORBIS_E2E_ARTIFACTS,
//      ORBIS_E2E_SCREENSHOT (where the committed screenshot goes), ORBIS_E2E_DEAD_URL
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { login as signIn, openBrowser } from './harness.mjs';

const env = process.env;
const BASE = env.ORBIS_E2E_BASE;
const ART = env.ORBIS_E2E_ARTIFACTS || 'test-artifacts/browser';
mkdirSync(ART, { recursive: true });
const result = { consoleErrors: [], pageErrors: [], blocked: [], screenshots: [], httpErrors: [] };
let shot = 0;

async function screenshot(page, name) {
  shot += 1;
  const file = join(ART, `storage-${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  result.screenshots.push(file);
  return file;
}

const { browser, context, page } = await openBrowser(result, { viewport: { width: 1280, height: 900 } });
page.on('response', (resp) => {
  if (resp.status() >= 500 || (resp.status() >= 400 && /\/api\/storages\/(?!export\/ceramic\/validate)/.test(resp.url()))) {
    result.httpErrors.push(`${resp.status()} ${resp.url()}`);
  }
});

const login = () => signIn(page, BASE, env.ORBIS_E2E_EMAIL, env.ORBIS_E2E_PASSWORD, result);

try {
  await login();
  await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/settings/storage`);
  await page.waitForLoadState('networkidle');
  {
    // Source dialog: Ceramic is not offered as a Source
    await page.locator('button:visible', { hasText: 'Add Source Storage' }).first().click();
    await page.click('[data-testid^="select-trigger-storage_type"]');
    await page.waitForSelector('[role=option], [role=listbox], [data-radix-popper-content-wrapper]');
    result.sourceTypes = (await page.locator('[role=option]').allTextContents()).map((t) => t.trim());
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    if (await page.locator('.lsf-modal-ls:visible').count()) await page.locator('.lsf-modal-ls:visible button[aria-label*=lose], .lsf-modal-ls:visible .lsf-modal-ls__close').first().click().catch(() => {});
    await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/settings/storage`);
    await page.waitForLoadState('networkidle');

    // Target dialog: Ceramic (OrbisDB) is offered, validates, saves
    await page.locator('button:visible', { hasText: 'Add Target Storage' }).first().click();
    await page.click('[data-testid^="select-trigger-storage_type"]');
    await page.waitForSelector('[role=option]');
    result.targetTypes = (await page.locator('[role=option]').allTextContents()).map((t) => t.trim());
    await page.locator('[role=option]', { hasText: 'Ceramic (OrbisDB)' }).first().click();
    await page.waitForSelector('.lsf-modal-ls input[name=ceramic_url]');
    result.fields = await page.locator('.lsf-modal-ls form [name]').evaluateAll((els) => els.map((e) => e.getAttribute('name')));
    await page.fill('.lsf-modal-ls input[name=title]', 'Ceramic (OrbisDB)');
    // a wrong node URL: Check Connection shows why
    await page.fill('.lsf-modal-ls input[name=ceramic_url]', env.ORBIS_E2E_DEAD_URL);
    let check = page.waitForResponse((r) => /\/api\/storages\/export\/ceramic\/validate/.test(r.url()));
    await page.click('button[aria-label="Test storage connection"]');
    const bad = await check;
    await page.waitForTimeout(500);
    result.badCheck = { status: bad.status(), body: await bad.text().catch(() => ''), shown: (await page.locator('.lsf-modal-ls').first().textContent()) };
    await screenshot(page, 'check-connection-error');
    result.errorModal = await page.locator('text=Runtime error').count();
    // close Label Studio's error popup (not the storage dialog under it)
    const popup = page.locator('.lsf-modal-ls:visible', { hasText: 'Ask on Slack' }).last();
    if (await popup.count()) {
      await popup.locator('button').first().click();
      await page.waitForTimeout(400);
    }
    // fixed (empty: the server's node), Check Connection passes
    await page.fill('.lsf-modal-ls input[name=ceramic_url]', '');
    check = page.waitForResponse((r) => /\/api\/storages\/export\/ceramic\/validate/.test(r.url()));
    await page.click('button[aria-label="Test storage connection"]');
    result.goodCheck = { status: (await check).status() };
    await page.waitForTimeout(300);
    await screenshot(page, 'check-connection-ok');
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/storages\/export\/ceramic\/?(\?|$)/.test(r.url()));
    await page.locator('.lsf-modal-ls button:visible', { hasText: /^Add Storage$/ }).first().click();
    result.created = { status: (await created).status() };
    await page.waitForSelector('.lsf-modal-ls', { state: 'detached' }).catch(() => {});
    await page.waitForTimeout(500);
    await screenshot(page, 'storage-added');

    // Sync: status "Completed" with the count
    const synced = page.waitForResponse((r) => /\/api\/storages\/export\/ceramic\/\d+\/sync/.test(r.url()));
    await page.locator('button:visible', { hasText: /^Sync Storage$/ }).first().click();
    result.sync = { status: (await synced).status() };
    for (let i = 0; i < 60; i += 1) {
      await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/settings/storage`);
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').textContent();
      if (/Completed/.test(text)) break;
      await page.waitForTimeout(1000);
    }
    result.card = (await page.locator('body').textContent()).replace(/\s+/g, ' ');
    const file = await screenshot(page, 'storage-synced');
    if (env.ORBIS_E2E_SCREENSHOT) await page.screenshot({ path: env.ORBIS_E2E_SCREENSHOT });
    result.committedScreenshot = env.ORBIS_E2E_SCREENSHOT || file;

    // label a task in the labeling UI: the annotation is exported automatically (pytest checks the node)
    const taskId = env.ORBIS_E2E_TASKS.split(',')[0];
    await page.goto(`${BASE}/projects/${env.ORBIS_E2E_PROJECT}/data?task=${taskId}`);
    await page.locator('.lsf-choices input[name="Positive"]').waitFor({ timeout: 60000 });
    await page.locator('.lsf-choice__checkbox', { hasText: 'Positive' }).first().click();
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/tasks\/\d+\/annotations/.test(r.url()) && r.status() < 300);
    await page.click('button[aria-label="Submit current annotation"]');
    result.annotation = await (await saved).json().then((a) => ({ id: a.id })).catch(() => ({}));
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'labelled');
    result.ok = true;
  }
} catch (err) {
  result.ok = false;
  result.error = String(err && err.stack ? err.stack : err).slice(0, 3000);
  try { await screenshot(page, 'failure'); } catch { /* */ }
} finally {
  await browser.close();
  console.log(`@@RESULT ${JSON.stringify(result)}`);
}
