// The identity menu: a "Ceramic" pill in Label Studio's top bar (beside the user menu, styled like Label Studio's own
// theme pill) and an entry in the user menu, opening a small panel to connect a wallet, see the linked address/DID
// (with a copy button) and the session's expiry, reconnect, disconnect — and, when the last sync of a project could
// not sign some of the user's own annotations, how many wait for their wallet and what to do.
// Nowhere else: Label Studio's main menu and the Project Settings navigation are also `ul.lsf-main-menu` lists, and an
// entry there looked like a settings page (issue 15).
import { el } from './ui.js';
import { describeStatus, connectIdentity, disconnectIdentity, ConnectError } from './identity.js';
import { availableWallets, loadWallet } from './wallets/index.js';

export function waitingText(n) {
  return `${n} of your annotations wait${n === 1 ? 's' : ''} for your wallet`;
}

/** A small "linked streams" icon drawn like Label Studio's menu icons (24×24, currentColor). */
function ceramicIcon(doc) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(NS, 'svg');
  for (const [k, v] of Object.entries({ width: '24', height: '24', viewBox: '0 0 24 24', fill: 'none' })) svg.setAttribute(k, v);
  const paths = [['M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1', '1'],
    ['M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1', '.55']];
  for (const [d, opacity] of paths) {
    const path = doc.createElementNS(NS, 'path');
    path.setAttribute('d', d);
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('opacity', opacity);
    svg.appendChild(path);
  }
  return svg;
}

export function createIdentityMenu({ api, config, win = window, doc = document }) {
  let status = null;
  let statusError = null;
  let busy = false;
  let message = null; // {tone: 'ok'|'error', text}
  let pop = null;
  let pendingRelink = null; // {walletEntry}
  const listeners = new Set();
  const wallets = availableWallets(config, win);

  async function refresh() {
    try {
      status = await api.get('/identity/status');
      statusError = null;
    } catch (err) {
      statusError = err;
    }
    render();
    listeners.forEach((fn) => fn(status));
    return status;
  }

  function badgeText() {
    if (statusError) return 'Ceramic: unavailable';
    if (!status) return 'Ceramic';
    const d = describeStatus(status);
    return d.state === 'active' ? 'Ceramic: connected' : d.state === 'renew' ? 'Ceramic: reconnect' : 'Ceramic: connect';
  }

  function waitingCount() {
    return status && status.waiting ? Number(status.waiting.count || 0) : 0;
  }

  function state() {
    return status ? describeStatus(status).state : 'none';
  }

  function updateTriggers() {
    const waits = waitingCount();
    for (const node of doc.querySelectorAll('[data-orbis-identity-trigger]')) {
      node.dataset.state = state();
      const label = node.querySelector('[data-orbis-label]') || node;
      if (label.textContent !== badgeText()) label.textContent = badgeText();
      const count = node.querySelector('[data-orbis-waiting-count]');
      if (count) {
        count.hidden = !waits;
        count.textContent = waits ? String(waits) : '';
      }
      node.title = waits ? `${waitingText(waits)}: open to see what to do`
        : 'Ceramic identity: the wallet your labeled rows are signed with';
    }
  }

  async function connect(entry, { relink = false } = {}) {
    busy = true;
    message = { tone: 'info', text: `Connecting with ${entry.label}…` };
    pendingRelink = null;
    render();
    try {
      const wallet = await loadWallet(entry);
      status = await connectIdentity(wallet, api, {
        relink,
        onStep: (step) => {
          const texts = { login: `Opening ${entry.label}…`, provider: 'Getting your wallet…',
            challenge: 'Asking Label Studio for a challenge…', sign: 'Approve the signature in your wallet…',
            session: 'Activating your session…' };
          if (texts[step]) {
            message = { tone: 'info', text: texts[step] };
            render();
          }
        },
      });
      message = { tone: 'ok', text: 'Connected. Rows you label are now saved under your own DID.' };
    } catch (err) {
      if (err instanceof ConnectError && err.code === 'identity_mismatch') {
        pendingRelink = { entry };
        message = { tone: 'error', text: err.message };
      } else {
        message = { tone: 'error', text: err && err.message ? err.message : String(err) };
      }
    } finally {
      busy = false;
      render();
      listeners.forEach((fn) => fn(status));
      updateTriggers();
    }
  }

  async function disconnect() {
    busy = true;
    render();
    try {
      const result = await disconnectIdentity(api);
      status = result.status;
      message = { tone: 'ok', text: 'Disconnected: the server deleted your session key. Your rows stay pending ' +
        'until you connect again.' };
    } catch (err) {
      message = { tone: 'error', text: err.message };
    } finally {
      busy = false;
      render();
      listeners.forEach((fn) => fn(status));
    }
  }

  function walletButtons(primaryText) {
    if (!wallets.length) {
      return [el('p', { class: 'orbis-muted', text: 'No wallet is available here: ask an administrator to configure ' +
        'Privy (PRIVY_APP_ID), or install a browser wallet.' })];
    }
    return wallets.map((entry, i) => el('button', {
      class: i === 0 ? 'orbis-primary' : '', disabled: busy, 'data-orbis-wallet': entry.id,
      onclick: () => connect(entry),
    }, `${primaryText} — ${entry.label}`));
  }

  function waitingNotice(d) {
    const waits = waitingCount();
    if (!waits) return null;
    const projects = (status.waiting.projects || []).slice(0, 5);
    const them = waits === 1 ? 'it' : 'them';
    const todo = d && d.state === 'active'
      ? `You are connected now: the next sync of the project writes ${them} (Save to Ceramic, or the next automatic export).`
      : `Connect a wallet below (one signature): the next sync of the project writes ${them} under your own DID.`;
    return el('div', { class: 'orbis-waiting', role: 'status', 'data-orbis-waiting': String(waits) },
      el('strong', { text: `${waitingText(waits)}` }),
      el('p', { text: todo }),
      projects.length ? el('ul', {}, ...projects.map((p) => el('li', {},
        el('a', { href: `/projects/${p.id}/orbis/` }, p.title || `project ${p.id}`), ` — ${p.count}`))) : null);
  }

  async function copyDid(button) {
    const text = status && status.did;
    if (!text) return;
    let ok = false;
    try {
      if (win.navigator && win.navigator.clipboard) {
        await win.navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch { /* not allowed here: select the text instead */ }
    if (!ok) {
      const node = pop && pop.querySelector('[data-orbis-did]');
      const sel = win.getSelection && win.getSelection();
      if (node && sel && doc.createRange) {
        const range = doc.createRange();
        range.selectNodeContents(node);
        sel.removeAllRanges();
        sel.addRange(range);
      }
    }
    button.textContent = ok ? 'Copied' : 'Press Ctrl+C';
    setTimeout(() => { if (button.isConnected) button.textContent = 'Copy'; }, 1500);
  }

  function render() {
    updateTriggers();
    if (!pop) return;
    const d = status ? describeStatus(status) : null;
    const body = [el('button', { class: 'orbis-close', 'aria-label': 'Close', onclick: close }, '×'),
      el('h3', { text: 'Ceramic identity' })];
    if (statusError) {
      body.push(el('p', { class: 'orbis-error', text: statusError.message }));
    } else if (!d) {
      body.push(el('p', { class: 'orbis-muted', text: 'Loading…' }));
    } else {
      body.push(el('p', { 'data-orbis-identity-title': true }, el('strong', { text: d.title })));
      body.push(el('p', { class: 'orbis-muted', text: d.detail }));
      if (status.did) {
        body.push(el('div', { class: 'orbis-did-row' },
          el('code', { class: 'orbis-did', 'data-orbis-did': true, title: status.did, text: status.did }),
          el('button', { type: 'button', class: 'orbis-copy', 'data-orbis-action': 'copy-did',
            'aria-label': 'Copy the DID', onclick: (e) => copyDid(e.currentTarget) }, 'Copy')));
      }
      const notice = waitingNotice(d);
      if (notice) body.push(notice);
      if (d.state === 'active') {
        body.push(el('div', {}, el('button', { disabled: busy, 'data-orbis-action': 'disconnect', onclick: disconnect },
          'Disconnect')));
      } else {
        body.push(el('div', {}, ...walletButtons(d.state === 'renew' ? 'Reconnect' : 'Connect')));
        if (d.state === 'renew') {
          body.push(el('div', {}, el('button', { disabled: busy, onclick: disconnect }, 'Disconnect')));
        }
      }
      if (pendingRelink) {
        body.push(el('div', {}, el('button', { class: 'orbis-primary', disabled: busy, 'data-orbis-action': 'relink',
          onclick: () => connect(pendingRelink.entry, { relink: true }) }, 'Link this wallet instead (ends current sessions)')));
      }
    }
    if (message) {
      body.push(el('p', { class: message.tone === 'error' ? 'orbis-error' : message.tone === 'ok' ? 'orbis-ok' : 'orbis-muted',
        'data-orbis-message': message.tone, role: message.tone === 'error' ? 'alert' : 'status', text: message.text }));
    }
    pop.replaceChildren(...body);
  }

  function open(anchor = null) {
    if (!pop) {
      pop = el('div', { class: 'orbis-identity-pop', role: 'dialog', 'aria-label': 'Ceramic identity',
        'data-orbis-identity': true });
      const pill = anchor && anchor.dataset.orbisIdentityTrigger === 'header' ? anchor
        : doc.querySelector('[data-orbis-identity-trigger=header]');
      if (pill) {
        const rect = pill.getBoundingClientRect();
        pop.style.cssText = `top:${Math.round(rect.bottom + 8)}px;bottom:auto;left:auto;` +
          `right:${Math.max(16, Math.round(win.innerWidth - rect.right))}px`;
      }
      doc.body.appendChild(pop);
    }
    render();
    refresh();
  }

  function close() {
    if (pop) pop.remove();
    pop = null;
    message = null;
  }

  function toggle(event) {
    if (pop) close();
    else open(event && event.currentTarget ? event.currentTarget : null);
  }

  /** Label Studio's user menu (the avatar's dropdown): the `ul.lsf-main-menu` holding the Log Out link. */
  function userMenu() {
    for (const link of doc.querySelectorAll('.lsf-dropdown ul.lsf-main-menu a[href$="/logout"]')) {
      const list = link.closest('ul.lsf-main-menu');
      if (list && !list.closest('.lsf-sidebar, .lsf-sidebar-menu')) return list;
    }
    return null;
  }

  /** Add our entries to Label Studio's top bar and its user menu; called on every DOM change (idempotent). */
  function mount({ allowBadge = false } = {}) {
    const header = doc.querySelector('.lsf-menu-header');
    if (header && !header.querySelector('[data-orbis-identity-trigger=header]')) {
      const user = header.querySelector('.lsf-menu-header__user');
      const button = el('button', { type: 'button', class: 'orbis-pill', 'data-orbis-identity-trigger': 'header',
        onclick: toggle },
      el('span', { class: 'orbis-pill__dot', 'aria-hidden': 'true' }),
      el('span', { 'data-orbis-label': true, text: badgeText() }),
      el('span', { class: 'orbis-pill__count', 'data-orbis-waiting-count': true, hidden: true }));
      header.insertBefore(button, user && user.parentElement === header ? user : null);
    }
    const menu = userMenu();
    if (menu && !menu.querySelector('[data-orbis-identity-trigger]')) {
      const sample = menu.querySelector('a.lsf-main-menu__item');
      const logout = menu.querySelector('a[href$="/logout"]');
      const item = el('a', { href: '#', class: sample ? sample.className.replace(/\S*_active\S*/g, '').trim() : 'lsf-main-menu__item',
        'data-orbis-identity-trigger': 'user-menu', onclick: (e) => {
          e.preventDefault();
          toggle(e);
        } },
      el('span', { class: 'lsf-main-menu__item-icon', 'aria-hidden': 'true' }),
      el('span', { 'data-orbis-label': true, text: badgeText() }),
      el('span', { class: 'orbis-pill__count', 'data-orbis-waiting-count': true, hidden: true }));
      item.firstChild.append(ceramicIcon(doc));
      const li = el('li', {}, item);
      const before = logout ? logout.closest('li') : null;
      menu.insertBefore(li, before && before.parentElement === menu ? before : null);
    }
    const badge = doc.querySelector('[data-orbis-identity-trigger=badge]');
    if (header && badge) badge.remove();
    if (allowBadge && !header && !doc.querySelector('[data-orbis-identity-trigger]') && doc.body) {
      // pages without Label Studio's header (e.g. server-rendered pages): a small floating badge
      doc.body.appendChild(el('button', { type: 'button', class: 'orbis-pill orbis-badge', 'data-orbis-identity-trigger': 'badge',
        onclick: toggle }, el('span', { class: 'orbis-pill__dot', 'aria-hidden': 'true' }),
      el('span', { 'data-orbis-label': true, text: badgeText() }),
      el('span', { class: 'orbis-pill__count', 'data-orbis-waiting-count': true, hidden: true })));
    }
    updateTriggers();
  }

  return {
    mount, open, close, refresh, connect, disconnect, wallets,
    get status() {
      return status;
    },
    onChange(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
