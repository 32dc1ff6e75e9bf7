// Label Studio's own storage dialog sends no CSRF header, and our Ceramic storage endpoints enforce CSRF for browser
// sessions (issue 12). Add the header to exactly those same-origin, state-changing requests; nothing else changes.
import { csrfToken } from './api.js';

const GUARDED = '/api/storages/export/ceramic';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function needsCsrf(url, method, origin) {
  if (SAFE.has(String(method || 'GET').toUpperCase())) return false;
  let parsed;
  try { parsed = new URL(url, origin); } catch { return false; }
  return parsed.origin === origin && parsed.pathname.startsWith(GUARDED);
}

export function installStorageCsrf(win = window, doc = document) {
  const original = win.fetch;
  if (typeof original !== 'function' || original.orbisCsrf) return;
  const wrapped = function fetch(input, init) {
    const isRequest = typeof Request !== 'undefined' && input instanceof Request;
    const url = isRequest ? input.url : String(input);
    const method = (init && init.method) || (isRequest ? input.method : 'GET');
    if (!needsCsrf(url, method, win.location.origin)) return original.call(win, input, init);
    const headers = new Headers((init && init.headers) || (isRequest ? input.headers : undefined));
    if (!headers.has('X-CSRFToken')) headers.set('X-CSRFToken', csrfToken(doc));
    return original.call(win, input, { ...(init || {}), headers });
  };
  wrapped.orbisCsrf = true;
  win.fetch = wrapped;
}
