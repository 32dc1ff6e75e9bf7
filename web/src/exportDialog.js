// "Save to Ceramic" in Label Studio's Export dialog: a button cloned from the dialog's own Export button, enabled for
// JSON-MIN, and a panel with live progress, the summary, links and readable errors.
import { el } from './ui.js';
import { describeStatus } from './identity.js';
import { errorLines, formatReason, jobCounts, isJsonMin, pendingPeople, progressFraction, progressLine, projectIdFromPath, runSync, summarize } from './sync.js';

export const SELECTORS = {
  page: '.lsf-export-page',
  actions: '.lsf-export-page__actions',
  exportButton: 'button[aria-label="Export data"]',
  footer: '.lsf-export-page__footer',
  selectedFormat: '.lsf-formats__item_selected .lsf-formats__name',
  formatInput: 'input[name="exportType"]',
};

/** The format selected in the dialog, e.g. "JSON-MIN" (the name's own text, without its badges). */
export function selectedFormat(root) {
  const input = root.querySelector(SELECTORS.formatInput);
  if (input && input.value) return input.value;
  const name = root.querySelector(SELECTORS.selectedFormat);
  if (!name) return '';
  const text = [...name.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  return text || name.textContent.trim();
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

export function createExportDialog({ api, config, identity = null, win = window, doc = document, pollMs = undefined }) {
  const sessions = new WeakMap(); // export page → its controller

  function attach(page) {
    const actions = page.querySelector(SELECTORS.actions);
    const exportButton = actions && actions.querySelector(SELECTORS.exportButton);
    if (!exportButton) return null;
    const projectId = projectIdFromPath(win.location.pathname);

    const button = exportButton.cloneNode(true);
    button.removeAttribute('aria-label');
    button.setAttribute('data-orbis-save', '');
    button.setAttribute('type', 'button');
    button.classList.add('orbis-save');
    button.className = button.className.replace(/\bw-\[\d+px\]/g, '');
    button.style.marginRight = '8px';
    const label = button.querySelector('span') || button;
    label.textContent = 'Save to Ceramic';
    actions.insertBefore(button, exportButton);

    const hint = el('p', { class: 'orbis-muted', 'data-orbis-hint': true });
    const bar = el('span');
    const progress = el('div', { class: 'orbis-bar', hidden: true }, bar);
    const status = el('div', { 'data-orbis-status': true, 'aria-live': 'polite' });
    const panel = el('div', { class: 'orbis-panel', 'data-orbis-panel': true }, hint, progress, status);
    // inside the footer (always visible), above Label Studio's own actions row
    const footer = page.querySelector(SELECTORS.footer);
    if (footer) {
      footer.style.flexWrap = 'wrap';
      panel.style.cssText = 'width:100%;box-sizing:border-box;margin:0 0 12px';
      footer.insertBefore(panel, footer.firstChild);
    } else page.appendChild(panel);

    let running = false;
    let lastJob = null;
    let failed = false;

    function identityHint() {
      const st = identity && identity.status;
      if (!st) return '';
      const d = describeStatus(st);
      if (d.state === 'active') return `Your rows are signed as ${st.did}.`;
      if (d.state === 'renew') return 'Your session is close to expiry: reconnect in the Ceramic menu, or your rows stay pending.';
      return 'You have not connected a wallet: your own rows stay pending until you connect (Ceramic menu above).';
    }

    function update() {
      const format = selectedFormat(page);
      const ok = isJsonMin(format);
      button.disabled = running || !ok || !projectId;
      button.title = ok ? 'Write this project’s annotations to Ceramic, one signed document per annotation' : formatReason(format);
      panel.dataset.format = format;
      if (running) return;
      if (!projectId) {
        setText(hint, 'Open the Export dialog from a project to save it to Ceramic.');
      } else if (!ok) {
        setText(hint, formatReason(format));
      } else if (!lastJob && !failed) {
        setText(hint, ['Save to Ceramic writes one signed document per annotation, owned by the labeler’s DID. ' +
          'Rows already saved and unchanged are skipped; rows of labelers without a session stay pending.',
        identityHint()].filter(Boolean).join(' '));
      }
    }

    function showJob(job) {
      lastJob = job;
      failed = false;
      progress.hidden = !job.active && !jobCounts(job).total; // nothing was planned: no bar to show
      bar.style.width = `${Math.round(progressFraction(job) * 100)}%`;
      panel.dataset.job = String(job.id);
      panel.dataset.jobStatus = job.status;
      if (job.active) {
        panel.dataset.tone = '';
        setText(hint, job.cancelRequested ? 'Stopping…' : 'Saving to Ceramic… you can close this dialog; the sync goes on.');
        status.replaceChildren(el('p', { 'data-orbis-progress': true, text: progressLine(job) }));
        return;
      }
      const s = summarize(job);
      panel.dataset.tone = s.tone;
      setText(hint, '');
      const links = [];
      // Studio's data page takes no parameters: say which table to pick (the model's, named by its stream ID or by
      // the name it was given in OrbisDB)
      if (job.studioUrl) {
        const attrs = { href: job.studioUrl, target: '_blank', rel: 'noreferrer', 'data-orbis-link': 'studio' };
        const label = job.modelId ? `Open in OrbisDB Studio (model ${job.modelId.slice(0, 12)}…)` : 'Open in OrbisDB Studio';
        links.push(el('a', job.modelId ? { ...attrs, title: `the table of model ${job.modelId}` } : attrs, label));
      }
      if (projectId) links.push(el('a', { href: `/projects/${projectId}/orbis/`, 'data-orbis-link': 'provenance' }, 'Provenance of this project'));
      const errs = errorLines(job);
      const waiting = pendingPeople(job);
      status.replaceChildren(...[
        el('p', { class: 'orbis-title', 'data-orbis-summary': s.tone, role: s.tone === 'error' ? 'alert' : 'status', text: s.title }),
        jobCounts(job).total ? el('p', { class: 'orbis-muted', 'data-orbis-progress': true, text: progressLine(job) }) : null,
        ...s.lines.map((line) => el('p', { text: line })),
        waiting.length ? el('p', { class: 'orbis-subtitle', text: 'Waiting for:' }) : null,
        waiting.length ? el('ul', { class: 'orbis-errors', 'data-orbis-pending': true }, ...waiting.map((p) => el('li', {
          'data-orbis-pending-person': p.who },
        el('strong', { text: p.who }), ` — ${p.count} row${p.count === 1 ? '' : 's'}`, p.action ? `: ${p.action}` : ''))) : null,
        errs.length ? el('ul', { class: 'orbis-errors', 'data-orbis-errors': true }, ...errs.map((t) => el('li', { text: t }))) : null,
        links.length ? el('p', { class: 'orbis-links' }, ...links) : null,
      ].filter(Boolean));
    }

    function showError(err) {
      failed = true;
      panel.dataset.tone = 'error';
      panel.dataset.jobStatus = 'error';
      progress.hidden = true;
      setText(hint, '');
      const text = err && err.code === 'not_configured' ? err.detail : `Save to Ceramic could not run: ${err && err.message ? err.message : err}`;
      status.replaceChildren(el('p', { class: 'orbis-title', 'data-orbis-summary': 'error', role: 'alert', text }),
        el('p', { class: 'orbis-muted', text: 'Nothing is lost: press Save to Ceramic again to retry.' }));
    }

    async function start() {
      if (running || button.disabled) return;
      running = true;
      update();
      status.replaceChildren(el('p', { 'data-orbis-progress': true, text: 'Starting…' }));
      try {
        const job = await runSync(api, projectId, { onUpdate: showJob, pollMs });
        showJob(job);
      } catch (err) {
        showError(err);
      } finally {
        running = false;
        update();
      }
    }

    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      start();
    });
    page.addEventListener('click', () => setTimeout(update, 0));
    update();

    // a job already running for this project (started elsewhere, or before the dialog was closed): follow it
    if (projectId) {
      api.get(`/projects/${projectId}/sync`).then(({ job }) => {
        if (job && job.active && !running) start();
      }).catch(() => {});
    }
    const controller = { page, button, panel, update, start };
    sessions.set(page, controller);
    return controller;
  }

  /** Called on every DOM change: attach to a newly shown Export dialog; refresh the format hint of open ones. */
  function scan() {
    for (const page of doc.querySelectorAll(SELECTORS.page)) {
      const existing = sessions.get(page);
      if (existing) {
        if (!page.contains(existing.button) && page.querySelector(SELECTORS.exportButton)) {
          sessions.delete(page); // React re-rendered the footer: attach again
          attach(page);
        } else existing.update();
      } else attach(page);
    }
  }

  if (identity) identity.onChange(() => doc.querySelectorAll(SELECTORS.page).forEach((p) => sessions.get(p) && sessions.get(p).update()));
  return { scan, attach };
}
