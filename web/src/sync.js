// Sync jobs from the Export dialog: start (or join the running one), poll until it ends, and say what happened.

export const POLL_MS = 1000;

export function projectIdFromPath(pathname) {
  const match = /\/projects\/(\d+)(?:\/|$)/.exec(pathname || '');
  return match ? Number(match[1]) : null;
}

export function isJsonMin(format) {
  return String(format || '').toUpperCase().replace(/[-\s]/g, '_') === 'JSON_MIN';
}

export function formatReason(format) {
  const name = format ? String(format) : 'no format';
  return `Save to Ceramic writes one document per annotation in the JSON-MIN shape. Choose “JSON-MIN” above ` +
    `(selected: ${name}); the file export of ${name} is not affected.`;
}

/** Counts the dialog shows, from a job's counts (keys of sync.counts_dict). */
export function jobCounts(job) {
  const c = (job && job.counts) || {};
  const n = (k) => Number(c[k] || 0);
  return {
    written: n('written'),
    created: n('create'),
    updated: n('update'),
    tombstoned: n('tombstone'),
    unchanged: n('unchanged'),
    failed: n('failed'),
    pending: n('pending_signer'),
    done: n('done'),
    total: n('total'),
  };
}

export function progressFraction(job) {
  const { done, total } = jobCounts(job);
  if (!total) return job && !job.active ? 1 : 0;
  return Math.max(0, Math.min(1, done / total));
}

export function progressLine(job) {
  const c = jobCounts(job);
  const head = c.total ? `${c.done} of ${c.total} rows` : job && job.active ? 'preparing' : 'no rows';
  return `${head} — written ${c.written}, unchanged ${c.unchanged}, failed ${c.failed}, pending login ${c.pending}`;
}

/** The final summary: {tone: 'ok'|'warn'|'error', title, lines[]}. */
export function summarize(job) {
  const c = jobCounts(job);
  const lines = [];
  let tone = 'ok';
  let title;
  if (job.status === 'failed') {
    tone = 'error';
    title = 'Save to Ceramic failed: nothing more was written.';
    if (job.message) lines.push(job.message);
    lines.push('Fix the problem and press Save to Ceramic again: the next run resumes where this one stopped.');
  } else if (job.status === 'cancelled' || job.status === 'interrupted') {
    tone = 'warn';
    title = job.status === 'cancelled' ? 'Save to Ceramic was cancelled.' : 'Save to Ceramic was interrupted.';
    if (job.message) lines.push(job.message);
  } else if (c.written === 0 && c.failed === 0 && c.pending === 0) {
    title = c.unchanged
      ? `Nothing new to write: all ${c.unchanged} row${c.unchanged === 1 ? ' is' : 's are'} already on Ceramic, unchanged.`
      : 'Nothing to write: this project has no annotations yet.';
  } else {
    const parts = [];
    if (c.created) parts.push(`${c.created} new`);
    if (c.updated) parts.push(`${c.updated} updated`);
    if (c.tombstoned) parts.push(`${c.tombstoned} marked deleted`);
    title = `Saved ${c.written} row${c.written === 1 ? '' : 's'} to Ceramic${parts.length ? ` (${parts.join(', ')})` : ''}` +
      `${c.unchanged ? `; ${c.unchanged} unchanged` : ''}.`;
    if (c.failed) {
      tone = 'warn';
      lines.push(`${c.failed} row${c.failed === 1 ? '' : 's'} failed: see below; a new run retries them.`);
    }
  }
  if (c.pending) {
    if (tone === 'ok') tone = 'warn';
    lines.push(`${c.pending} row${c.pending === 1 ? ' waits' : 's wait'} for their labeler to connect a wallet ` +
      '(the Ceramic menu in the top bar); they are written by the next run after that.');
  }
  return { tone, title, lines };
}

/**
 * Whose rows wait and what each person must do, from the job status's `pending` (computed by the server when the job
 * has ended: {count, people: [{label, name, email, count, hasWallet, action}]}). Empty when the status carries none.
 */
export function pendingPeople(job, limit = 10) {
  const people = (job && job.pending && Array.isArray(job.pending.people)) ? job.pending.people : [];
  const out = people.slice(0, limit).map((p) => ({
    who: p.label || p.email || p.name || (p.userId != null ? `user ${p.userId}` : 'nobody on record'),
    count: Number(p.count || 0),
    action: p.action || '',
  }));
  if (people.length > limit) {
    const rest = people.slice(limit).reduce((n, p) => n + Number(p.count || 0), 0);
    out.push({ who: `${people.length - limit} more people`, count: rest, action: 'see the provenance page' });
  }
  return out;
}

/** Up to `limit` per-row errors as readable lines. */
export function errorLines(job, limit = 5) {
  const errors = (job && job.errors) || [];
  const rows = errors.filter((e) => e.kind !== 'pending_signer');
  const out = rows.slice(0, limit).map((e) => {
    const where = [e.taskId != null ? `task ${e.taskId}` : '', e.annotationId != null ? `annotation ${e.annotationId}` : '']
      .filter(Boolean).join(', ');
    return `${where ? `${where}: ` : ''}${e.reason || e.kind}`;
  });
  if (rows.length > limit) out.push(`… and ${rows.length - limit} more (see the provenance page).`);
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start a sync of the project, or join the one already running (HTTP 409), then poll until it ends.
 * onUpdate(job) is called with every status; resolves with the final job. API errors propagate (ApiError).
 */
export async function runSync(api, projectId, { onUpdate = () => {}, pollMs = POLL_MS, wait = sleep } = {}) {
  let job;
  try {
    job = (await api.post(`/projects/${projectId}/sync`, {})).job;
  } catch (err) {
    if (err.status === 409 && err.body && err.body.job) job = err.body.job;
    else throw err;
  }
  onUpdate(job);
  let misses = 0;
  while (job.active) {
    await wait(pollMs);
    try {
      job = (await api.get(`/jobs/${job.id}`)).job;
      misses = 0;
    } catch (err) {
      if (err.status && err.status < 500) throw err;
      misses += 1; // a restart of the server or a blip: keep trying for a while
      if (misses >= 10) throw err;
      continue;
    }
    onUpdate(job);
  }
  return job;
}
