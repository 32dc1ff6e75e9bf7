// The provenance page and an annotation's history page in headless Debian Chromium (playwright-core), against the real server started by tests/browser/test_history_web.py and the real local Ceramic
// node. Every non-loopback request is blocked. Prints one line "@@RESULT <json>" with what a person would read.
//
// env: ORBIS_E2E_BASE, ORBIS_E2E_EMAIL, ORBIS_E2E_PASSWORD, ORBIS_E2E_PROJECT, ORBIS_E2E_ANNOTATION,
//      ORBIS_E2E_SCENARIO (overview | anchored), ORBIS_E2E_ARTIFACTS, ORBIS_E2E_SHOTS (where the docs screenshots
//      go; empty: only the artifacts), ORBIS_E2E_CHROMIUM
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { login as signIn, openBrowser } from './harness.mjs';

const env = process.env;
const BASE = env.ORBIS_E2E_BASE;
const PROJECT = env.ORBIS_E2E_PROJECT;
const ANNOTATION = env.ORBIS_E2E_ANNOTATION;
const ART = env.ORBIS_E2E_ARTIFACTS || 'test-artifacts/browser';
const SHOTS = env.ORBIS_E2E_SHOTS || '';
mkdirSync(ART, { recursive: true });
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const result = { ok: false, pageErrors: [], httpErrors: [], blocked: [], screenshots: [] };

async function shot(page, name, docs = true) {
  const file = join(ART, `history-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  result.screenshots.push(file);
  if (SHOTS && docs) {
    const doc = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: doc, fullPage: true });
    result.screenshots.push(doc);
  }
}

const { browser, context, page } = await openBrowser(result, { viewport: { width: 1360, height: 900 } });
// console errors other than failed loads (Label Studio's own frontend asks for /heidi-tips/, absent in the open
// edition; our pages' failed requests are in httpErrors)
page.on('console', (msg) => {
  if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) result.pageErrors.push(`console: ${msg.text().slice(0, 300)}`);
});
page.on('response', (resp) => {
  if (resp.status() >= 500 || (resp.status() >= 400 && /\/orbis\//.test(resp.url()))) {
    result.httpErrors.push(`${resp.status()} ${resp.url()}`);
  }
});

const login = () => signIn(page, BASE, env.ORBIS_E2E_EMAIL, env.ORBIS_E2E_PASSWORD, result);

// what a person reads on the history page, per document
async function readHistory() {
  return page.evaluate(() => ({
    nodeState: document.querySelector('[data-orbis-history]')?.dataset.nodeState,
    labelNow: document.querySelector('[data-orbis-label-now]')?.textContent.trim(),
    documents: [...document.querySelectorAll('[data-orbis-document]')].map((d) => ({
      stream: d.dataset.orbisDocument,
      signerKind: d.dataset.signerKind,
      title: d.querySelector('h2')?.textContent.trim(),
      anchorStatus: d.querySelector('[data-orbis-anchor-status]')?.dataset.orbisAnchorStatus,
      commits: [...d.querySelectorAll('tr[data-commit]')].map((tr) => ({
        kind: tr.dataset.kind,
        version: tr.dataset.version || null,
        signer: tr.querySelector('[data-signer]')?.dataset.signer || '',
        signerKind: tr.querySelector('[data-signer-kind]')?.textContent.trim() || '',
        signatureOk: /signature ✓/.test(tr.textContent),
        anchored: /anchored \d/.test(tr.textContent),
        diff: [...tr.querySelectorAll('[data-orbis-diff] li[data-field]:not(.muted)')].map((li) => li.textContent.trim()),
        firstLabel: tr.querySelector('[data-orbis-version-label]')?.textContent.trim() || null,
        chain: tr.querySelector('[data-chain]')?.textContent.trim() || null,
        tx: tr.querySelector('[data-tx]')?.textContent.trim() || null,
      })),
    })),
  }));
}

try {
  await login();
  if (env.ORBIS_E2E_SCENARIO === 'anchored') {
    await page.goto(`${BASE}/projects/${PROJECT}/orbis/annotations/${ANNOTATION}/`);
    result.history = await readHistory();
    await shot(page, 'history-anchored');
  } else {
    // provenance page: counts, the people pending rows wait for, the table with names, labels and history links
    await page.goto(`${BASE}/projects/${PROJECT}/orbis/`);
    result.provenance = await page.evaluate(() => ({
      pending: document.querySelector('[data-count="pending"]')?.textContent.trim(),
      waiting: [...document.querySelectorAll('[data-orbis-waiting] tr[data-pending-user]')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()),
      headers: [...document.querySelectorAll('[data-orbis-records] th')].map((th) => th.textContent.trim()),
      rows: [...document.querySelectorAll('[data-orbis-records] tbody tr')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()),
      links: [...document.querySelectorAll('[data-orbis-history-link]')].map((a) => a.getAttribute('href')),
    }));
    await shot(page, 'provenance-page');

    // the node check: a loading note while the server reads, then a state per row
    // (the server's answer is held back 1.5 s here, so the loading state can be seen and photographed)
    await page.route(/[?&]node=1/, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      return route.continue();
    });
    const started = Date.now();
    await page.click('[data-orbis-check-node]');
    await page.waitForSelector('[data-orbis-node-loading]:not([hidden])', { timeout: 1000 });
    result.loading = await page.evaluate(() => ({
      note: document.querySelector('[data-orbis-node-loading]').textContent.trim(),
      link: document.querySelector('[data-orbis-check-node]').textContent.trim(),
      busy: document.querySelector('[data-orbis-records]').getAttribute('aria-busy'),
    }));
    await shot(page, 'provenance-node-loading');
    await page.waitForSelector('[data-orbis-node-summary]', { timeout: 30000 });
    await page.unroute(/[?&]node=1/);
    result.nodeCheck = await page.evaluate(() => ({
      states: [...document.querySelectorAll('[data-orbis-node-state]')].map((td) => td.dataset.orbisNodeState),
      headers: [...document.querySelectorAll('[data-orbis-records] th')].map((th) => th.textContent.trim()),
      summary: document.querySelector('[data-orbis-node-summary]')?.textContent.replace(/\s+/g, ' ').trim(),
    }));
    result.nodeCheck.ms = Date.now() - started;
    await shot(page, 'provenance-node-check');

    // pending rows, named
    await page.goto(`${BASE}/projects/${PROJECT}/orbis/?status=pending`);
    await page.waitForSelector('[data-orbis-pending]');
    result.pendingRows = await page.evaluate(() => [...document.querySelectorAll('[data-orbis-pending] tbody tr[data-annotation]')]
      .map((tr) => ({ annotation: tr.dataset.annotation, text: tr.textContent.replace(/\s+/g, ' ').trim() })));
    await shot(page, 'provenance-pending');

    // the history of the edited annotation, through its stream link
    await page.goto(`${BASE}/projects/${PROJECT}/orbis/`);
    await page.click(`tr[data-annotation="${ANNOTATION}"] [data-orbis-history-link]`);
    await page.waitForSelector('[data-orbis-history]');
    result.historyUrl = new URL(page.url()).pathname;
    result.history = await readHistory();
    await shot(page, 'history-page');
  }
  result.ok = true;
} catch (err) {
  result.error = String(err && err.stack ? err.stack : err).slice(0, 2000);
  await shot(page, 'failure', false).catch(() => {});
} finally {
  await browser.close();
  console.log(`@@RESULT ${JSON.stringify(result)}`);
}
