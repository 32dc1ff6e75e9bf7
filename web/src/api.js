// Same-origin JSON calls to our API: session cookie + CSRF header; errors become ApiError with the server's text.

export class ApiError extends Error {
  constructor(status, code, detail, body = null) {
    super(detail || code || `request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code || 'error';
    this.detail = detail || this.message;
    this.body = body;
  }
}

export function csrfToken(doc = document) {
  const match = /(?:^|;\s*)csrftoken=([^;]+)/.exec(doc.cookie || '');
  if (match) return decodeURIComponent(match[1]);
  // when the cookie is HttpOnly (HTTPS deployments), Label Studio pages still carry the token in a form field
  const field = doc.querySelector('input[name="csrfmiddlewaretoken"]');
  return field ? field.value : '';
}

export function createApi({ base = '/api/orbis', fetchImpl = (...a) => fetch(...a), doc = document } = {}) {
  async function call(method, path, body) {
    const url = path.startsWith('/api/') ? path : base + path;
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRFToken'] = csrfToken(doc);
    }
    let response;
    try {
      response = await fetchImpl(url, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiError(0, 'network', `Label Studio did not answer (${err && err.message ? err.message : err}). ` +
        'Check your connection and try again.');
    }
    let data = null;
    const text = await response.text();
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }
    if (!response.ok) {
      if (response.status === 401 || response.status === 403) {
        const detail = data && (data.detail || data.error);
        throw new ApiError(response.status, (data && data.error) || 'forbidden',
          detail && typeof detail === 'string' && !/credentials were not provided/i.test(detail)
            ? detail : 'You are not logged in to Label Studio (or your login expired): reload the page and log in.', data);
      }
      const code = data && typeof data.error === 'string' ? data.error : `http_${response.status}`;
      const detail = data && typeof data.detail === 'string' ? data.detail
        : `${method} ${url} failed with HTTP ${response.status}`;
      throw new ApiError(response.status, code, detail, data);
    }
    return data;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body = {}) => call('POST', path, body),
  };
}
