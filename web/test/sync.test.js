// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorLines, formatReason, isJsonMin, progressLine, projectIdFromPath, runSync, summarize } from '../src/sync.js';
import { fakeApi, job } from './helpers.js';

describe('sync helpers', () => {
  it('parses the project id and recognises JSON-MIN', () => {
    expect(projectIdFromPath('/projects/12/data/export')).toBe(12);
    expect(projectIdFromPath('/projects/')).toBeNull();
    expect(isJsonMin('JSON-MIN')).toBe(true);
    expect(isJsonMin('JSON_MIN')).toBe(true);
    expect(isJsonMin('JSON')).toBe(false);
    expect(formatReason('CSV')).toMatch(/Choose “JSON-MIN”.*selected: CSV/);
  });

  it('summarises first runs, second runs, pending rows, failures', () => {
    const first = summarize(job({ counts: { written: 3, create: 3, total: 3, done: 3 } }));
    expect(first.tone).toBe('ok');
    expect(first.title).toBe('Saved 3 rows to Ceramic (3 new).');
    const again = summarize(job({ counts: { unchanged: 3, total: 3, done: 3 } }));
    expect(again.title).toBe('Nothing new to write: all 3 rows are already on Ceramic, unchanged.');
    const pending = summarize(job({ counts: { written: 1, create: 1, pending_signer: 2, total: 3, done: 3 } }));
    expect(pending.tone).toBe('warn');
    expect(pending.lines.join(' ')).toMatch(/2 rows wait for their labeler to connect/);
    const failed = summarize(job({ status: 'failed', message: 'Ceramic node unreachable at http://x' }));
    expect(failed.tone).toBe('error');
    expect(failed.lines[0]).toMatch(/unreachable/);
    expect(failed.lines[1]).toMatch(/press Save to Ceramic again/);
    expect(progressLine(job({ active: true, counts: { done: 1, total: 3, written: 1 } })))
      .toBe('1 of 3 rows — written 1, unchanged 0, failed 0, pending login 0');
  });

  it('lists per-row errors, skipping pending ones, bounded', () => {
    const errors = [{ kind: 'pending_signer', reason: 'p' },
      ...Array.from({ length: 7 }, (_, i) => ({ kind: 'rejected', taskId: i, annotationId: 10 + i, reason: `bad ${i}` }))];
    const lines = errorLines(job({ errors }), 5);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('task 0, annotation 10: bad 0');
    expect(lines[5]).toMatch(/2 more/);
  });
});

describe('runSync', () => {
  it('starts a job and polls until it ends', async () => {
    let polls = 0;
    const api = fakeApi({
      'POST /projects/4/sync': async () => [202, { job: job({ status: 'queued', active: true }) }],
      'GET /jobs/7': async () => { polls += 1; return [200, { job: polls < 3 ? job({ status: 'running', active: true, counts: { done: polls, total: 3 } }) : job({ counts: { written: 3, done: 3, total: 3 } }) }]; },
    });
    const seen = [];
    const final = await runSync(api, 4, { onUpdate: (j) => seen.push(j.status), wait: async () => {} });
    expect(final.status).toBe('done');
    expect(seen).toEqual(['queued', 'running', 'running', 'done']);
  });

  it('joins the job already running (409) instead of failing', async () => {
    const api = fakeApi({
      'POST /projects/4/sync': async () => [409, { error: 'sync_running', detail: 'running', job: job({ id: 9, status: 'running', active: true }) }],
      'GET /jobs/9': async () => [200, { job: job({ id: 9 }) }],
    });
    expect((await runSync(api, 4, { wait: async () => {} })).id).toBe(9);
  });

  it('passes readable API errors through, and tolerates a few server blips while polling', async () => {
    const notConfigured = fakeApi({ 'POST /projects/4/sync': async () => [503, { error: 'not_configured', detail: 'no model' }] });
    await expect(runSync(notConfigured, 4, { wait: async () => {} })).rejects.toThrow('no model');
    let n = 0;
    const blip = fakeApi({
      'POST /projects/4/sync': async () => [202, { job: job({ active: true, status: 'running' }) }],
      'GET /jobs/7': async () => { n += 1; return n < 3 ? [502, { error: 'bad_gateway', detail: 'restart' }] : [200, { job: job() }]; },
    });
    expect((await runSync(blip, 4, { wait: async () => {} })).status).toBe('done');
  });
});
