// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { installStorageCsrf, needsCsrf } from '../src/csrfFetch.js';

describe('storage CSRF header', () => {
  it('guards only same-origin state-changing calls to the Ceramic storage API', () => {
    const o = 'http://localhost:8080';
    expect(needsCsrf('/api/storages/export/ceramic/3', 'PATCH', o)).toBe(true);
    expect(needsCsrf('/api/storages/export/ceramic/validate', 'post', o)).toBe(true);
    expect(needsCsrf('/api/storages/export/ceramic', 'GET', o)).toBe(false);
    expect(needsCsrf('/api/storages/export/s3/3', 'PATCH', o)).toBe(false);
    expect(needsCsrf('https://evil.example/api/storages/export/ceramic/3', 'POST', o)).toBe(false);
  });

  it('adds X-CSRFToken to Label Studio\'s own fetch calls and leaves others alone', async () => {
    document.cookie = 'csrftoken=tok%3D1';
    const seen = [];
    const win = { location: { origin: 'http://localhost:3000' }, fetch: async (input, init) => { seen.push([input, init]); return 'ok'; } };
    installStorageCsrf(win, document);
    installStorageCsrf(win, document); // a second install does not wrap twice
    await win.fetch('/api/storages/export/ceramic/7', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    await win.fetch('/api/projects/1', { method: 'PATCH', body: '{}' });
    await win.fetch('/api/storages/export/ceramic?project=1');
    const guarded = seen[0][1].headers;
    expect(guarded.get('X-CSRFToken')).toBe('tok=1');
    expect(guarded.get('Content-Type')).toBe('application/json');
    expect(seen[0][1].body).toBe('{}');
    expect(seen[1][1].headers).toBeUndefined();
    expect(seen[2][1]).toBeUndefined();
  });
});
