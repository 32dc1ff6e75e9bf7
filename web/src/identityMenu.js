// The identity menu: a "Ceramic" entry in Label Studio's header (beside the user menu) and in its sidebar, opening a
// small panel to connect a wallet, see the linked address/DID and the session's expiry, reconnect, disconnect.
import { el } from './ui.js';
import { describeStatus, connectIdentity, disconnectIdentity, ConnectError } from './identity.js';
import { availableWallets, loadWallet } from './wallets/index.js';

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

  function state() {
    return status ? describeStatus(status).state : 'none';
  }

  function updateTriggers() {
    for (const node of doc.querySelectorAll('[data-orbis-identity-trigger]')) {
      node.dataset.state = state();
      const label = node.querySelector('[data-orbis-label]') || node;
      label.textContent = badgeText();
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
      if (status.did) body.push(el('p', { class: 'orbis-did', 'data-orbis-did': true, text: status.did }));
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
      if (anchor && anchor.dataset.orbisIdentityTrigger === 'header') {
        const rect = anchor.getBoundingClientRect();
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

  /** Add our entries to Label Studio's header and (open) sidebar; called on every DOM change (idempotent). */
  function mount({ allowBadge = false } = {}) {
    const header = doc.querySelector('.lsf-menu-header');
    if (header && !header.querySelector('[data-orbis-identity-trigger]')) {
      const user = header.querySelector('.lsf-menu-header__user');
      const button = el('button', { type: 'button', class: 'orbis-header-identity', 'data-orbis-identity-trigger': 'header',
        title: 'Ceramic identity: the wallet your labeled rows are signed with', onclick: toggle },
      el('span', { 'data-orbis-label': true, text: badgeText() }));
      button.style.cssText = 'align-self:center;height:auto;line-height:1.4;margin:0 12px;padding:4px 10px;border-radius:14px;border:1px solid rgba(127,127,127,.35);' +
        'background:transparent;color:inherit;font-size:12px;cursor:pointer;white-space:nowrap';
      header.insertBefore(button, user || null);
    }
    const menu = doc.querySelector('.lsf-sidebar ul.lsf-main-menu, ul.lsf-main-menu');
    if (menu && !menu.querySelector('[data-orbis-identity-trigger]')) {
      const sample = menu.querySelector('a.lsf-main-menu__item');
      const item = el('a', { href: '#', class: sample ? sample.className.replace(/\S*_active\S*/g, '') : 'lsf-main-menu__item',
        'data-orbis-identity-trigger': 'sidebar', onclick: (e) => {
          e.preventDefault();
          toggle(e);
        } }, el('span', { 'data-orbis-label': true, text: badgeText() }));
      menu.appendChild(el('li', {}, item));
    }
    const badge = doc.querySelector('[data-orbis-identity-trigger=badge]');
    if (header && badge) badge.remove();
    if (allowBadge && !header && !doc.querySelector('[data-orbis-identity-trigger]') && doc.body) {
      // pages without Label Studio's header (e.g. server-rendered pages): a small floating badge
      doc.body.appendChild(el('button', { type: 'button', class: 'orbis-badge', 'data-orbis-identity-trigger': 'badge',
        onclick: toggle }, el('span', { 'data-orbis-label': true, text: badgeText() })));
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
