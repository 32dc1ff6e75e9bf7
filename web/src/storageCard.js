// The Ceramic Target Storage's card in Label Studio's Cloud Storage settings. Label Studio renders the card from its
// own storage API answers and never polls: after "Sync Storage" the card said "Queued" until a reload, a run whose
// rows wait for a labeler's wallet said "Completed with errors", and its log began "job null". Here, for Ceramic
// storages only, in this page only (API clients get the server's answers unchanged):
//  * the answer of "Sync Storage" is held while the run goes on (the button spins, a line under it shows progress) and
//    resolved with the storage once the run has ended, so the card shows the final status, count and time;
//  * the status shown is the server's `status_text` when rows wait ("Completed — 2 rows wait for their labelers"),
//    the log names our sync job, and our summary is left out of the JSON Label Studio appends to the log.
const CERAMIC = '/api/storages/export/ceramic';
const LISTS = ['/api/storages/export', CERAMIC];
const ACTIVE = new Set(['queued', 'in_progress']);
export const POLL_MS = 1000;
export const MAX_WAIT_MS = 10 * 60 * 1000;

/** A Ceramic storage as Label Studio's card should show it (other storages: unchanged). */
export function presentStorage(item) {
  if (!item || typeof item !== 'object' || item.type !== 'ceramic') return item;
  const out = { ...item };
  if (item.status_text) out.status = item.status_text;
  const job = item.orbis && item.orbis.job;
  if (!item.last_sync_job && job != null) out.last_sync_job = `${job} (Ceramic sync)`;
  if (item.meta && typeof item.meta === 'object' && 'orbis' in item.meta) {
    const { orbis, ...rest } = item.meta; // eslint-disable-line no-unused-vars
    out.meta = rest;
  }
  return out;
}

export function present(data) {
  return Array.isArray(data) ? data.map(presentStorage) : presentStorage(data);
}

/** Which of our rewrites applies to a request: 'sync' (hold until the run ends), 'list', or null. */
export function routeOf(url, method, origin) {
  let parsed;
  try { parsed = new URL(url, origin); } catch { return null; }
  if (parsed.origin !== origin) return null;
  const path = parsed.pathname.replace(/\/$/, '');
  const m = String(method || 'GET').toUpperCase();
  if (m === 'POST' && new RegExp(`^${CERAMIC}/\\d+/sync$`).test(path)) return 'sync';
  if (m === 'GET' && (LISTS.includes(path) || new RegExp(`^${CERAMIC}/\\d+$`).test(path))) return 'list';
  return null;
}

function progressText(storage) {
  const counts = (storage.orbis && storage.orbis.counts) || {};
  if (storage.status === 'queued') return 'Ceramic sync queued…';
  const done = Number(counts.done || 0);
  const total = Number(counts.total || 0);
  return total ? `Ceramic sync running: ${done} of ${total} rows…` : 'Ceramic sync running…';
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll a storage until its run ends (or maxWaitMs). `get(url)` → storage JSON; `onUpdate(storage)` on each answer.
 * Resolves with the last storage seen.
 */
export async function waitForRun(get, id, { onUpdate = () => {}, pollMs = POLL_MS, maxWaitMs = MAX_WAIT_MS,
  wait = sleep, now = () => Date.now() } = {}) {
  const url = `${CERAMIC}/${id}`;
  const deadline = now() + maxWaitMs;
  let storage = await get(url);
  onUpdate(storage);
  let misses = 0;
  while (storage && ACTIVE.has(storage.status) && now() < deadline) {
    await wait(pollMs);
    try {
      storage = await get(url);
      misses = 0;
    } catch (err) {
      misses += 1; // a blip of the server: keep the last answer, try again a few times
      if (misses >= 10) break;
      continue;
    }
    onUpdate(storage);
  }
  return storage;
}

export function installStorageCard(win = window, doc = document, { pollMs = POLL_MS, maxWaitMs = MAX_WAIT_MS } = {}) {
  const original = win.fetch;
  if (typeof original !== 'function' || original.orbisStorageCard) return;
  const BUTTON = 'button[aria-label="Sync Storage"]';
  let lastSyncHolder = null; // the card's sync row (Label Studio may replace the button itself while it spins)
  doc.addEventListener('click', (event) => {
    const button = event.target && event.target.closest && event.target.closest(BUTTON);
    if (button) lastSyncHolder = button.parentElement;
  }, true);

  const getJson = async (url) => {
    const response = await original.call(win, url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };

  function note(holder, text) {
    if (!holder) return;
    let line = holder.querySelector('[data-orbis-storage-progress]');
    if (text == null) {
      if (line) line.remove();
      return;
    }
    if (!line) {
      line = doc.createElement('div');
      line.setAttribute('data-orbis-storage-progress', '');
      line.setAttribute('aria-live', 'polite');
      line.className = 'orbis-storage-progress';
      holder.appendChild(line);
    }
    line.textContent = text;
  }

  function settle(holder, ms = 3000) {
    // Label Studio keeps the button disabled after any sync and asks for a reload; the card is current now. It
    // renders that after our answer resolves, so watch the card's sync row for a moment and undo it when it comes.
    if (!holder) return;
    const apply = () => {
      const button = holder.isConnected && holder.querySelector(BUTTON);
      if (!button || button.dataset.waiting === 'true') return;
      if (button.disabled) button.disabled = false;
      for (const node of holder.children) {
        if (!node.contains(button) && !node.hidden && /refresh the page/i.test(node.textContent || '')) node.hidden = true;
      }
    };
    apply();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(apply);
    observer.observe(holder, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'data-waiting'] });
    setTimeout(() => observer.disconnect(), ms);
  }

  const wrapped = async function fetch(input, init) {
    const isRequest = typeof Request !== 'undefined' && input instanceof Request;
    const url = isRequest ? input.url : String(input);
    const method = (init && init.method) || (isRequest ? input.method : 'GET');
    const route = routeOf(url, method, win.location.origin);
    const response = await original.call(win, input, init);
    if (!route || !response.ok) return response;
    let data;
    try {
      data = await response.clone().json();
    } catch {
      return response;
    }
    if (route === 'sync' && data && data.id != null && ACTIVE.has(data.status)) {
      const holder = lastSyncHolder;
      try {
        data = await waitForRun(getJson, data.id, { pollMs, maxWaitMs, onUpdate: (s) => note(holder, progressText(s)) });
      } catch {
        /* keep the queued answer: the card says Queued, as before */
      }
      note(holder, null);
      if (data && !ACTIVE.has(data.status)) settle(holder);
    }
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(present(data)), { status: response.status, statusText: response.statusText, headers });
  };
  wrapped.orbisStorageCard = true;
  wrapped.orbisCsrf = original.orbisCsrf;
  win.fetch = wrapped;
}
