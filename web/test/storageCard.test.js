// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { installStorageCard, presentStorage, routeOf, waitForRun } from '../src/storageCard.js';

const O = 'http://localhost:8080';
const json = (data, status = 200) => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });

describe('Ceramic storage card', () => {
  it('rewrites only our storage answers, and only what the card shows', () => {
    expect(routeOf('/api/storages/export/ceramic/3/sync', 'POST', O)).toBe('sync');
    expect(routeOf('/api/storages/export?project=1', 'GET', O)).toBe('list');
    expect(routeOf('/api/storages/export/ceramic/3', 'GET', O)).toBe('list');
    expect(routeOf('/api/storages/export/s3/3/sync', 'POST', O)).toBeNull();
    expect(routeOf('/api/storages/export/ceramic/3', 'PATCH', O)).toBeNull();
    expect(routeOf('https://evil.example/api/storages/export/ceramic/3/sync', 'POST', O)).toBeNull();

    const s3 = { type: 's3', status: 'completed_with_errors', last_sync_job: null, meta: { orbis: 1 } };
    expect(presentStorage(s3)).toBe(s3);
    const waiting = { type: 'ceramic', status: 'completed', status_text: 'Completed — 2 rows wait for their labelers',
      last_sync_job: null, orbis: { job: 12 }, meta: { total_annotations: 3, orbis: { job: 12, counts: {} } } };
    const shown = presentStorage(waiting);
    expect(shown.status).toBe('Completed — 2 rows wait for their labelers');
    expect(shown.last_sync_job).toBe('12 (Ceramic sync)');
    expect(shown.meta).toEqual({ total_annotations: 3 });
    expect(waiting.status).toBe('completed'); // the original is not changed
    const plain = presentStorage({ type: 'ceramic', status: 'completed', status_text: '', last_sync_job: 'rq-1', meta: {} });
    expect(plain.status).toBe('completed');
    expect(plain.last_sync_job).toBe('rq-1');
  });

  it('polls a storage until its run ends', async () => {
    const answers = [{ id: 3, status: 'queued' }, { id: 3, status: 'in_progress', orbis: { counts: { done: 1, total: 2 } } },
      { id: 3, status: 'completed' }];
    const seen = [];
    const final = await waitForRun(async (url) => { seen.push(url); return answers.shift(); }, 3, { wait: async () => {} });
    expect(final.status).toBe('completed');
    expect(seen).toEqual(Array(3).fill('/api/storages/export/ceramic/3'));
    // a run that never ends: the poll stops at the deadline with the last answer
    let t = 0;
    const stuck = await waitForRun(async () => ({ id: 3, status: 'queued' }), 3,
      { wait: async () => { t += 1000; }, now: () => t, maxWaitMs: 5000 });
    expect(stuck.status).toBe('queued');
    expect(t).toBe(5000);
  });

  it('holds the answer of "Sync Storage" until the run ends, then the card is current and the button usable', async () => {
    document.body.innerHTML = `<div class="card"><div class="mt-base"><button aria-label="Sync Storage" disabled>Sync Storage</button>
      <div>Syncing may take some time, please refresh the page to see the current status.</div></div></div>`;
    const states = ['in_progress', 'completed'];
    const calls = [];
    let progressSeen = '';
    const win = {
      location: { origin: O },
      fetch: async (input, init) => {
        calls.push([String(input), (init && init.method) || 'GET']);
        if (String(input).endsWith('/sync')) return json({ id: 3, type: 'ceramic', status: 'queued', meta: {} });
        progressSeen = progressSeen || (document.querySelector('[data-orbis-storage-progress]') || {}).textContent || '';
        const status = states.shift();
        return json({ id: 3, type: 'ceramic', status, status_text: status === 'completed' ? 'Completed — 1 row waits for its labeler' : '',
          last_sync_count: 2, orbis: { job: 9, counts: { done: 1, total: 3 } }, meta: { orbis: { job: 9 }, total_annotations: 3 } });
      },
    };
    installStorageCard(win, document, { pollMs: 1 });
    installStorageCard(win, document, { pollMs: 1 }); // once
    const button = document.querySelector('button');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const response = await win.fetch('/api/storages/export/ceramic/3/sync', { method: 'POST' });
    const data = await response.json();
    expect(data.status).toBe('Completed — 1 row waits for its labeler');
    expect(data.last_sync_count).toBe(2);
    expect(data.meta).toEqual({ total_annotations: 3 });
    expect(calls.map(([u, m]) => `${m} ${u}`)).toEqual(['POST /api/storages/export/ceramic/3/sync',
      'GET /api/storages/export/ceramic/3', 'GET /api/storages/export/ceramic/3']);
    expect(progressSeen).toMatch(/Ceramic sync/);
    expect(document.querySelector('[data-orbis-storage-progress]')).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    expect(button.disabled).toBe(false);
    expect(button.nextElementSibling.hidden).toBe(true);

    // other answers pass through untouched
    const other = await win.fetch('/api/projects/1');
    expect(other.status).toBe(200);
  });
});
