// A fake of our JSON API for unit tests: routes "METHOD /path" → handler(body) → [status, json].
export function fakeApi(routes) {
  const calls = [];
  async function call(method, path, body) {
    calls.push({ method, path, body });
    const handler = routes[`${method} ${path}`];
    if (!handler) throw Object.assign(new Error(`no route ${method} ${path}`), { status: 404, code: 'not_found' });
    const [status, data] = await handler(body, calls);
    if (status >= 400) {
      throw Object.assign(new Error(data.detail), { status, code: data.error, detail: data.detail, body: data });
    }
    return data;
  }
  return { calls, get: (p) => call('GET', p), post: (p, b = {}) => call('POST', p, b) };
}

export function job(overrides = {}) {
  return { id: 7, project: 1, status: 'done', active: false, counts: {}, errors: [], message: '', studioUrl: null,
    url: '/api/orbis/jobs/7', ...overrides };
}
