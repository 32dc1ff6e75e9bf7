// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ApiError, createApi, csrfToken } from '../src/api.js';

function response(status, body) {
  return { ok: status < 400, status, text: async () => (body == null ? '' : JSON.stringify(body)) };
}

describe('api', () => {
  it('reads the CSRF token from the cookie and sends it on POST only', async () => {
    document.cookie = 'csrftoken=abc%3D123';
    expect(csrfToken(document)).toBe('abc=123');
    const seen = [];
    const api = createApi({ fetchImpl: async (url, init) => { seen.push([url, init]); return response(200, { ok: 1 }); } });
    await api.post('/identity/challenge', { address: '0x1' });
    await api.get('/identity/status');
    expect(seen[0][0]).toBe('/api/orbis/identity/challenge');
    expect(seen[0][1].headers['X-CSRFToken']).toBe('abc=123');
    expect(JSON.parse(seen[0][1].body)).toEqual({ address: '0x1' });
    expect(seen[0][1].credentials).toBe('same-origin');
    expect(seen[1][1].headers['X-CSRFToken']).toBeUndefined();
  });

  it('turns {error, detail} answers into ApiError with the server text', async () => {
    const api = createApi({ fetchImpl: async () => response(409, { error: 'sync_running', detail: 'already running', job: { id: 3 } }) });
    const err = await api.post('/projects/1/sync').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(409);
    expect(err.code).toBe('sync_running');
    expect(err.message).toBe('already running');
    expect(err.body.job.id).toBe(3);
  });

  it('explains a missing login and a network failure', async () => {
    const api403 = createApi({ fetchImpl: async () => response(403, { detail: 'Authentication credentials were not provided.' }) });
    expect((await api403.get('/identity/status').catch((e) => e)).message).toMatch(/not logged in/);
    const down = createApi({ fetchImpl: async () => { throw new TypeError('Failed to fetch'); } });
    const err = await down.get('/identity/status').catch((e) => e);
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/did not answer/);
  });

  it('survives a non-JSON error page', async () => {
    const api = createApi({ fetchImpl: async () => ({ ok: false, status: 502, text: async () => '<html>Bad gateway</html>' }) });
    const err = await api.get('/jobs/1').catch((e) => e);
    expect(err.status).toBe(502);
    expect(err.message).toMatch(/HTTP 502/);
  });
});
