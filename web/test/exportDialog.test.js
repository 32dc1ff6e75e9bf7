// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createExportDialog, selectedFormat } from '../src/exportDialog.js';
import { fakeApi, job } from './helpers.js';

// The Export dialog's DOM as Label Studio 1.23.2 renders it (trimmed to what we touch).
function renderDialog(selected = 'JSON') {
  document.body.innerHTML = `
  <div class="lsf-modal-ls"><div class="lsf-modal-ls__body"><div class="lsf-export-page">
    <div class="lsf-formats"><div class="lsf-formats__list">
      ${['JSON', 'JSON-MIN', 'CSV'].map((f) => `<div class="lsf-formats__item${f === selected ? ' lsf-formats__item_selected' : ''}">
        <div class="lsf-formats__name">${f}<div class="lsf-space-ls"><div>badge</div></div></div></div>`).join('')}
    </div></div>
    <div class="lsf-export-page__footer"><div class="lsf-space-ls"><div class="lsf-export-page__recent"></div>
      <div class="lsf-export-page__actions"><button aria-label="Export data" data-variant="primary" class="inline-flex base--kfuBd w-[135px]"><span class="px-tight">Export</span></button></div>
    </div></div>
  </div></div></div>`;
  return document.querySelector('.lsf-export-page');
}

function select(format) {
  for (const item of document.querySelectorAll('.lsf-formats__item')) {
    item.classList.toggle('lsf-formats__item_selected', item.querySelector('.lsf-formats__name').firstChild.textContent === format);
  }
}

const win = { location: { pathname: '/projects/4/data/export' } };
const until = async (test) => { for (let i = 0; i < 50 && !test(); i += 1) await new Promise((r) => setTimeout(r, 5)); };

describe('Save to Ceramic in the Export dialog', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('clones the Export button beside it and reads the selected format without its badges', () => {
    const page = renderDialog('JSON');
    const api = fakeApi({ 'GET /projects/4/sync': async () => [200, { job: null }] });
    createExportDialog({ api, config: {}, win, pollMs: 1 }).scan();
    const buttons = page.querySelectorAll('.lsf-export-page__actions button');
    expect(buttons).toHaveLength(2);
    const save = buttons[0];
    expect(save.textContent).toBe('Save to Ceramic');
    expect(save.className).toContain('base--kfuBd'); // Label Studio's own look
    expect(save.hasAttribute('aria-label')).toBe(false);
    expect(selectedFormat(page)).toBe('JSON');
  });

  it('is disabled with an explanation for other formats, enabled for JSON-MIN', () => {
    const page = renderDialog('CSV');
    const api = fakeApi({ 'GET /projects/4/sync': async () => [200, { job: null }] });
    const dialog = createExportDialog({ api, config: {}, win, pollMs: 1 });
    dialog.scan();
    const save = page.querySelector('[data-orbis-save]');
    expect(save.disabled).toBe(true);
    expect(page.querySelector('[data-orbis-hint]').textContent).toMatch(/Choose “JSON-MIN” above \(selected: CSV\)/);
    select('JSON-MIN');
    dialog.scan();
    expect(save.disabled).toBe(false);
    expect(page.querySelector('[data-orbis-hint]').textContent).toMatch(/rows of labelers without a session stay pending/);
  });

  it('runs a job, shows progress, then the summary and links; a second run says nothing new', async () => {
    const page = renderDialog('JSON-MIN');
    let run = 0;
    let polls = 0;
    const api = fakeApi({
      'GET /projects/4/sync': async () => [200, { job: null }],
      'POST /projects/4/sync': async () => { run += 1; polls = 0; return [202, { job: job({ id: run, status: 'queued', active: true }) }]; },
      [`GET /jobs/1`]: async () => { polls += 1; return [200, { job: polls < 2 ? job({ id: 1, status: 'running', active: true, counts: { done: 1, total: 3, written: 1 } })
        : job({ id: 1, counts: { written: 3, create: 3, done: 3, total: 3 }, studioUrl: 'http://studio/data', modelId: 'kjzl6hvfrbw6c8t3fajpujk' }) }]; },
      [`GET /jobs/2`]: async () => [200, { job: job({ id: 2, counts: { unchanged: 3, done: 3, total: 3 } }) }],
    });
    const dialog = createExportDialog({ api, config: {}, win, pollMs: 1 });
    dialog.scan();
    const controller = dialog.attach.length && page; // attached by scan
    const save = page.querySelector('[data-orbis-save]');
    const origSetTimeout = globalThis.setTimeout;
    save.click();
    await until(() => page.querySelector('[data-orbis-panel]').dataset.jobStatus === 'done');
    const panel = page.querySelector('[data-orbis-panel]');
    expect(panel.dataset.tone).toBe('ok');
    expect(panel.querySelector('[data-orbis-summary]').textContent).toBe('Saved 3 rows to Ceramic (3 new).');
    const studio = panel.querySelector('[data-orbis-link=studio]');
    expect(studio.getAttribute('href')).toBe('http://studio/data');
    expect(studio.textContent).toBe('Open in OrbisDB Studio (model kjzl6hvfrbw6…)');
    expect(studio.getAttribute('title')).toBe('the table of model kjzl6hvfrbw6c8t3fajpujk');
    expect(panel.querySelector('[data-orbis-link=provenance]').getAttribute('href')).toBe('/projects/4/orbis/');
    expect(panel.textContent).not.toContain('null');
    expect(save.disabled).toBe(false);
    save.click();
    await until(() => panel.dataset.job === '2' && panel.dataset.jobStatus === 'done');
    expect(panel.querySelector('[data-orbis-summary]').textContent).toMatch(/Nothing new to write: all 3 rows/);
    expect(controller).toBeTruthy();
    expect(origSetTimeout).toBe(globalThis.setTimeout);
  }, 20000);

  it('shows a clear error when the sync cannot start, and can run again', async () => {
    const page = renderDialog('JSON-MIN');
    let attempt = 0;
    const api = fakeApi({
      'GET /projects/4/sync': async () => [200, { job: null }],
      'POST /projects/4/sync': async () => { attempt += 1; return attempt === 1 ? [202, { job: job({ id: 5, status: 'failed', active: false, message: 'the Ceramic node at http://127.0.0.1:7007 is unreachable' }) }]
        : [202, { job: job({ id: 6, counts: { written: 1, create: 1, done: 1, total: 1 } }) }]; },
    });
    createExportDialog({ api, config: {}, win, pollMs: 1 }).scan();
    const save = page.querySelector('[data-orbis-save]');
    const panel = page.querySelector('[data-orbis-panel]');
    save.click();
    await until(() => panel.dataset.jobStatus === 'failed');
    expect(panel.dataset.tone).toBe('error');
    expect(panel.textContent).toMatch(/unreachable/);
    expect(panel.textContent).toMatch(/press Save to Ceramic again/);
    await until(() => !save.disabled);
    save.click();
    await until(() => panel.dataset.jobStatus === 'done');
    expect(panel.dataset.tone).toBe('ok');
  });

  it('follows a job that is already running when the dialog opens', async () => {
    const page = renderDialog('JSON-MIN');
    const api = fakeApi({
      'GET /projects/4/sync': async () => [200, { job: job({ id: 8, status: 'running', active: true }) }],
      'POST /projects/4/sync': async () => [409, { error: 'sync_running', detail: 'running', job: job({ id: 8, status: 'running', active: true }) }],
      'GET /jobs/8': async () => [200, { job: job({ id: 8, counts: { written: 2, create: 2, done: 2, total: 2 } }) }],
    });
    createExportDialog({ api, config: {}, win, pollMs: 1 }).scan();
    const panel = page.querySelector('[data-orbis-panel]');
    await until(() => panel.dataset.jobStatus === 'done');
    expect(panel.querySelector('[data-orbis-summary]').textContent).toBe('Saved 2 rows to Ceramic (2 new).');
  });

  it('names whose rows wait and what each person must do, when the job status carries it', async () => {
    const page = renderDialog('JSON-MIN');
    const pending = { count: 3, ready: 0, people: [
      { userId: 2, name: 'Ann Lee', email: 'ann@example.org', label: 'Ann Lee <ann@example.org>', count: 2, hasWallet: false,
        action: 'Ann Lee <ann@example.org> logs in to Label Studio, opens the Ceramic menu in the top bar and connects a wallet' },
      { userId: 5, name: '', email: 'bob@example.org', label: 'bob@example.org', count: 1, hasWallet: true, action: 'reconnects' }] };
    const api = fakeApi({
      'GET /projects/4/sync': async () => [200, { job: null }],
      'POST /projects/4/sync': async () => [202, { job: job({ id: 11, counts: { written: 1, create: 1, pending_signer: 3, done: 4, total: 4 }, pending }) }],
    });
    createExportDialog({ api, config: {}, win, pollMs: 1 }).scan();
    const panel = page.querySelector('[data-orbis-panel]');
    page.querySelector('[data-orbis-save]').click();
    await until(() => panel.dataset.jobStatus === 'done');
    expect(panel.dataset.tone).toBe('warn');
    const people = [...panel.querySelectorAll('[data-orbis-pending] li')].map((li) => li.textContent);
    expect(people).toEqual([
      'Ann Lee <ann@example.org> — 2 rows: Ann Lee <ann@example.org> logs in to Label Studio, opens the Ceramic menu in the top bar and connects a wallet',
      'bob@example.org — 1 row: reconnects']);
    // without the list (an older server), the counts alone
    const page2 = renderDialog('JSON-MIN');
    const api2 = fakeApi({
      'GET /projects/4/sync': async () => [200, { job: null }],
      'POST /projects/4/sync': async () => [202, { job: job({ id: 12, counts: { pending_signer: 1, done: 1, total: 1 } }) }],
    });
    createExportDialog({ api: api2, config: {}, win, pollMs: 1 }).scan();
    const panel2 = page2.querySelector('[data-orbis-panel]');
    page2.querySelector('[data-orbis-save]').click();
    await until(() => panel2.dataset.jobStatus === 'done');
    expect(panel2.querySelector('[data-orbis-pending]')).toBeNull();
    expect(panel2.textContent).toMatch(/1 row waits for their labeler/);
  });
});
