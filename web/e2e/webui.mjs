// End-to-end checks of where our UI sits in Label Studio and how it looks (issue 15, 3.2–3.8), in headless Debian
// Chromium (playwright-core) against the real server started by tests/browser/test_webui.py and the real local
// Ceramic node. Every non-loopback request is blocked.
//
// Scenarios (ORBIS_E2E_SCENARIO):
//  settings  Project Settings: no Ceramic entry in the settings navigation, "General" the only highlighted item,
//            the Task Sampling options uncovered; the top-bar pill (font as Label Studio's theme pill) and the
//            user-menu entry (with an icon); the identity panel in light and dark themes (screenshots)
//  waiting   a labeler without a wallet: the pill's count and the panel's notice "N of your annotations wait…"
//  summary   Export → Save to Ceramic: the summary names whose rows wait and what they must do
//  storage   Cloud Storage: the form's labels and placeholder, Check Connection's message on a dead node, Sync
//            Storage → the card ends without a reload ("Completed — N rows wait for their labelers"), its log
//
// env: ORBIS_E2E_BASE, ORBIS_E2E_EMAIL, ORBIS_E2E_PASSWORD, ORBIS_E2E_PROJECT, ORBIS_E2E_ARTIFACTS, ORBIS_E2E_SCENARIO,
//      ORBIS_E2E_DOCS (directory for the committed screenshots; empty: none), ORBIS_E2E_DEAD_URL, ORBIS_E2E_CHROMIUM
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { login as signIn, openBrowser } from './harness.mjs';

const env = process.env;
const BASE = env.ORBIS_E2E_BASE;
const ART = env.ORBIS_E2E_ARTIFACTS || 'test-artifacts/browser';
const DOCS = env.ORBIS_E2E_DOCS || '';
const SCENARIO = env.ORBIS_E2E_SCENARIO || 'settings';
const PROJECT = env.ORBIS_E2E_PROJECT;
mkdirSync(ART, { recursive: true });
if (DOCS) mkdirSync(DOCS, { recursive: true });
const result = { scenario: SCENARIO, pageErrors: [], httpErrors: [], blocked: [], screenshots: [] };
let shot = 0;

async function screenshot(page, name, { doc = '', clip = null } = {}) {
  shot += 1;
  const file = join(ART, `webui-${SCENARIO}-${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  result.screenshots.push(file);
  if (DOCS && doc) {
    await page.screenshot({ path: join(DOCS, doc), ...(clip ? { clip } : {}) });
    result.screenshots.push(join(DOCS, doc));
  }
  return file;
}

const { browser, context, page } = await openBrowser(result, { viewport: { width: 1280, height: 900 } });
page.on('response', (resp) => {
  const url = resp.url();
  if (resp.status() >= 500 || (resp.status() >= 400 && /\/api\/(orbis|storages)\//.test(url) && !/\/validate/.test(url))) {
    result.httpErrors.push(`${resp.status()} ${url}`);
  }
});

const login = () => signIn(page, BASE, env.ORBIS_E2E_EMAIL, env.ORBIS_E2E_PASSWORD, result);

const style = (selector) => page.evaluate((sel) => {
  const node = document.querySelector(sel);
  if (!node) return null;
  const s = getComputedStyle(node);
  const r = node.getBoundingClientRect();
  return { fontSize: s.fontSize, height: Math.round(r.height), top: Math.round(r.top), bottom: Math.round(r.bottom),
    left: Math.round(r.left), right: Math.round(r.right), color: s.color, background: s.backgroundColor };
}, selector);

async function setTheme(theme) {
  // Label Studio's theme toggle cycles Light → Dark → Auto; click until the page says the theme we want
  for (let i = 0; i < 4; i += 1) {
    const now = await page.evaluate(() => document.documentElement.getAttribute('data-color-scheme') || 'light');
    if (now === theme) return true;
    await page.click('button[class*="themeToggle"]');
    await page.waitForTimeout(300);
  }
  return false;
}

async function openPanel() {
  await page.click('[data-orbis-identity-trigger=header]');
  await page.waitForSelector('[data-orbis-identity] [data-orbis-identity-title]');
}

async function closePanel() {
  await page.click('[data-orbis-identity] .orbis-close');
  await page.waitForSelector('[data-orbis-identity]', { state: 'detached' });
}

try {
  await login();
  if (SCENARIO === 'settings') {
    await page.goto(`${BASE}/projects/${PROJECT}/settings`);
    await page.waitForSelector('.lsf-sidebar-menu__navigation .lsf-main-menu__item');
    await page.waitForSelector('[data-orbis-identity-trigger=header]');
    await page.waitForTimeout(2800); // past our late mount (2.5 s) that used to add the stray entry
    result.settingsNav = await page.evaluate(() => ({
      items: [...document.querySelectorAll('.lsf-sidebar-menu__navigation .lsf-main-menu__item')].map((a) => a.textContent.trim()),
      active: [...document.querySelectorAll('.lsf-sidebar-menu__navigation .lsf-main-menu__item_active')].map((a) => a.textContent.trim()),
      ours: document.querySelectorAll('.lsf-sidebar-menu__navigation [data-orbis-identity-trigger], .lsf-sidebar-menu [data-orbis-identity-trigger]').length,
    }));
    await screenshot(page, 'settings', { doc: 'settings-navigation.png' });
    // the pill: in the top bar, beside Label Studio's own theme pill, with the same font size and height
    result.pill = await style('[data-orbis-identity-trigger=header]');
    result.themePill = await style('button[class*="themeToggle"]');
    result.pillParent = await page.evaluate(() => document.querySelector('[data-orbis-identity-trigger=header]').parentElement.className);
    // the panel opens from the pill, under the top bar, and covers nothing of the Task Sampling options
    await openPanel();
    const panel = await style('[data-orbis-identity]');
    const sampling = await page.evaluate(() => {
      // the Task Sampling group: its label and every option under it (the radios and their descriptions)
      const own = (n) => [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join('').trim();
      const nodes = [...document.querySelectorAll('body *')];
      const parts = ['Task Sampling', 'Sequential sampling', 'Random sampling', 'Uncertainty sampling']
        .map((t) => nodes.find((n) => own(n) === t)).filter(Boolean)
        .map((n) => n.closest('label') || n);
      const rects = parts.map((n) => n.getBoundingClientRect());
      return { found: parts.length, top: Math.round(Math.min(...rects.map((r) => r.top))),
        bottom: Math.round(Math.max(...rects.map((r) => r.bottom))), left: Math.round(Math.min(...rects.map((r) => r.left))),
        right: Math.round(Math.max(...rects.map((r) => r.right))) };
    });
    result.panel = panel;
    result.sampling = sampling;
    result.panelCoversSampling = !(panel.bottom <= sampling.top || panel.top >= sampling.bottom || panel.right <= sampling.left || panel.left >= sampling.right);
    result.activeWithPanel = await page.evaluate(() => [...document.querySelectorAll('.lsf-sidebar-menu__navigation .lsf-main-menu__item_active')].map((a) => a.textContent.trim()));
    await screenshot(page, 'panel-light', { doc: 'identity-menu-light.png' });
    await closePanel();
    // the user menu (avatar): our entry, native-looking, with an icon, before Log Out
    await page.click('.lsf-menu-header__user');
    await page.waitForSelector('.lsf-dropdown [data-orbis-identity-trigger=user-menu]');
    result.userMenu = await page.evaluate(() => {
      const entry = document.querySelector('[data-orbis-identity-trigger=user-menu]');
      const sample = [...entry.closest('ul').querySelectorAll('a.lsf-main-menu__item')].find((a) => a !== entry);
      const box = (n) => { const r = n.getBoundingClientRect(); return { left: Math.round(r.left), height: Math.round(r.height) }; };
      const icon = (n) => n.querySelector('.lsf-main-menu__item-icon');
      return { items: [...entry.closest('ul').querySelectorAll('a.lsf-main-menu__item')].map((a) => a.textContent.trim()),
        hasIcon: !!(icon(entry) && icon(entry).querySelector('svg')), height: box(entry).height, sampleHeight: box(sample).height,
        textLeft: Math.round(icon(entry).getBoundingClientRect().right), sampleTextLeft: Math.round(icon(sample).getBoundingClientRect().right),
        fontSize: getComputedStyle(entry).fontSize, sampleFontSize: getComputedStyle(sample).fontSize };
    });
    await screenshot(page, 'user-menu', { doc: 'identity-user-menu.png' });
    await page.click('[data-orbis-identity-trigger=user-menu]');
    await page.waitForSelector('[data-orbis-identity] [data-orbis-identity-title]');
    result.userMenuOpens = true;
    await closePanel();
    // the main menu (hamburger): nothing of ours in it
    await page.click('.lsf-menu-header__trigger');
    await page.waitForSelector('.lsf-sidebar .lsf-main-menu__item');
    await page.waitForTimeout(500);
    result.mainMenuOurs = await page.locator('.lsf-sidebar [data-orbis-identity-trigger]').count();
    await screenshot(page, 'main-menu');
    await page.click('.lsf-menu-header__trigger');
    // dark theme: the pill and the panel follow Label Studio's colors
    result.dark = await setTheme('dark');
    await page.waitForTimeout(400);
    result.pillDark = await style('[data-orbis-identity-trigger=header]');
    await openPanel();
    result.panelDark = await style('[data-orbis-identity]');
    result.bodyDark = await page.evaluate(() => getComputedStyle(document.querySelector('.lsf-menu-header')).backgroundColor);
    await screenshot(page, 'panel-dark', { doc: 'identity-menu-dark.png' });
    await closePanel();
    await setTheme('light');
  } else if (SCENARIO === 'waiting') {
    await page.goto(`${BASE}/projects/${PROJECT}/data`);
    await page.waitForSelector('[data-orbis-identity-trigger=header] [data-orbis-waiting-count]:not([hidden])', { timeout: 30000 });
    result.count = (await page.textContent('[data-orbis-identity-trigger=header] [data-orbis-waiting-count]')).trim();
    await openPanel();
    await page.waitForSelector('[data-orbis-identity] [data-orbis-waiting]');
    result.notice = (await page.textContent('[data-orbis-identity] [data-orbis-waiting]')).replace(/\s+/g, ' ').trim();
    result.noticeLinks = await page.locator('[data-orbis-identity] [data-orbis-waiting] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    result.walletButtons = await page.locator('[data-orbis-identity] [data-orbis-wallet]').count();
    await screenshot(page, 'notice', { doc: 'identity-waiting-notice.png' });
  } else if (SCENARIO === 'summary') {
    // Export → JSON-MIN → Save to Ceramic: the summary names whose rows wait and what they must do
    await page.goto(`${BASE}/projects/${PROJECT}/data`);
    await page.click('button[data-testid="dm-export-button"]');
    await page.waitForSelector('.lsf-export-page [data-orbis-save]');
    await page.locator('.lsf-formats__item', { has: page.locator('.lsf-formats__name', { hasText: /^JSON-MIN/ }) }).first().click();
    await page.waitForFunction(() => (document.querySelector('[data-orbis-panel]')?.dataset.format || '').replace(/_/g, '-') === 'JSON-MIN');
    await page.click('[data-orbis-save]');
    await page.waitForFunction(() => {
      const p = document.querySelector('[data-orbis-panel]');
      return p && p.dataset.jobStatus && !['queued', 'running'].includes(p.dataset.jobStatus);
    }, null, { timeout: 120000 });
    result.summary = await page.evaluate(() => {
      const p = document.querySelector('[data-orbis-panel]');
      return { status: p.dataset.jobStatus, tone: p.dataset.tone, title: p.querySelector('[data-orbis-summary]').textContent,
        people: [...p.querySelectorAll('[data-orbis-pending] li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()) };
    });
    await page.locator('.lsf-export-page [data-orbis-panel]').first().evaluate((n) => n.scrollIntoView({ block: 'end' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'summary', { doc: 'export-summary-waiting.png' });
  } else if (SCENARIO === 'storage') {
    await page.goto(`${BASE}/projects/${PROJECT}/settings/storage`);
    await page.waitForLoadState('networkidle');
    await page.locator('button:visible', { hasText: 'Add Target Storage' }).first().click();
    await page.click('[data-testid^="select-trigger-storage_type"]');
    await page.waitForSelector('[role=option]');
    await page.locator('[role=option]', { hasText: 'Ceramic (OrbisDB)' }).first().click();
    await page.waitForSelector('.lsf-modal-ls input[name=ceramic_url]');
    // the writes-in-flight placeholder fits its input
    result.concurrency = await page.evaluate(() => {
      const input = document.querySelector('.lsf-modal-ls input[name=concurrency]');
      const ctx = document.createElement('canvas').getContext('2d');
      const s = getComputedStyle(input);
      ctx.font = `${s.fontSize} ${s.fontFamily}`;
      const inner = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return { placeholder: input.placeholder, text: Math.ceil(ctx.measureText(input.placeholder).width), room: Math.floor(inner) };
    });
    // the title's label and its "required" message name the same thing
    result.titleLabel = await page.evaluate(() => {
      const input = document.querySelector('.lsf-modal-ls input[name=title]');
      const field = input.closest('.lsf-form__field, .field, label, div');
      return (field && field.parentElement ? field.parentElement.textContent : '').replace(/\s+/g, ' ').trim().slice(0, 80);
    });
    await page.fill('.lsf-modal-ls input[name=title]', '');
    await page.locator('.lsf-modal-ls button:visible', { hasText: /^Add Storage$/ }).first().click();
    await page.waitForTimeout(600);
    result.requiredMessage = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.lsf-modal-ls *')].filter((n) => n.children.length === 0 && /is required/.test(n.textContent));
      return all.map((n) => n.textContent.trim());
    });
    await screenshot(page, 'title-required');
    await page.fill('.lsf-modal-ls input[name=title]', 'Ceramic (OrbisDB)');
    // a dead node: one readable sentence, said once
    await page.fill('.lsf-modal-ls input[name=ceramic_url]', env.ORBIS_E2E_DEAD_URL);
    const check = page.waitForResponse((r) => /\/api\/storages\/export\/ceramic\/validate/.test(r.url()));
    await page.click('button[aria-label="Test storage connection"]');
    const bad = await check;
    result.badCheck = { status: bad.status(), body: await bad.text().catch(() => '') };
    await page.waitForTimeout(500);
    await screenshot(page, 'check-connection-error');
    const popup = page.locator('.lsf-modal-ls:visible', { hasText: 'Ask on Slack' }).last();
    if (await popup.count()) {
      await popup.locator('button').first().click();
      await page.waitForTimeout(300);
    }
    await page.fill('.lsf-modal-ls input[name=ceramic_url]', '');
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/storages\/export\/ceramic\/?(\?|$)/.test(r.url()));
    await page.locator('.lsf-modal-ls button:visible', { hasText: /^Add Storage$/ }).first().click();
    result.created = { status: (await created).status() };
    await page.waitForSelector('.lsf-modal-ls', { state: 'detached' }).catch(() => {});
    await page.waitForTimeout(500);
    // Sync Storage: the card reaches its final status without a reload
    await page.waitForSelector('button[aria-label="Sync Storage"]');
    result.cardBefore = await page.evaluate(() => document.querySelector('button[aria-label="Sync Storage"]')
      .closest('.lsf-storage-settings__sync').parentElement.textContent.replace(/\s+/g, ' ').trim());
    const t0 = Date.now();
    const synced = page.waitForResponse((r) => /\/api\/storages\/export\/ceramic\/\d+\/sync/.test(r.url()));
    const navigations = [];
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });
    await page.locator('button:visible', { hasText: /^Sync Storage$/ }).first().click();
    result.sync = { status: (await synced).status() };
    // the end: our answer has resolved (no progress line, the button no longer spins) and the card names the status
    await page.waitForFunction(() => {
      const button = document.querySelector('button[aria-label="Sync Storage"]');
      return button && button.dataset.waiting === 'false' && !document.querySelector('[data-orbis-storage-progress]')
        && /Status\s*Completed/.test(button.closest('.lsf-storage-settings__sync').parentElement.textContent);
    }, null, { timeout: 120000 });
    result.syncSeconds = (Date.now() - t0) / 1000;
    result.reloads = navigations.length;
    await page.waitForTimeout(300);
    result.card = await page.evaluate(() => {
      const button = document.querySelector('button[aria-label="Sync Storage"]');
      let card = button;
      for (let i = 0; i < 6 && card && !/Status/.test(card.textContent); i += 1) card = card.parentElement;
      return { text: (card || document.body).textContent.replace(/\s+/g, ' ').trim(), buttonDisabled: button.disabled,
        refreshNote: [...(button.parentElement ? button.parentElement.children : [])].some((n) => n !== button && !n.hidden && /refresh the page/.test(n.textContent)) };
    });
    await screenshot(page, 'card-after-sync', { doc: 'ceramic-storage-waiting.png' });
    const server = await page.evaluate(async (project) => (await (await fetch(`/api/storages/export/ceramic?project=${project}`)).json()), PROJECT);
    result.server = server.map((s) => ({ status: s.status, statusText: s.status_text, traceback: s.traceback, lastSyncCount: s.last_sync_count }));
  }
  result.ok = true;
} catch (err) {
  result.ok = false;
  result.error = String(err && err.stack ? err.stack : err).slice(0, 3000);
  try { await screenshot(page, 'failure'); } catch { /* */ }
} finally {
  await browser.close();
  console.log(`@@RESULT ${JSON.stringify(result)}`);
}
