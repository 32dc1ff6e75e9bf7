// The login page: when a Privy app id is configured, a "Continue with Privy" entry under Label Studio's own form.
// Label Studio's email/password login stays the way in; the wallet is connected from the Ceramic menu afterwards.
import { el } from './ui.js';

export function isLoginPage(loc = window.location) {
  return /^\/user\/(login|signup)\/?$/.test(loc.pathname);
}

export function mountLoginEntry({ config, doc = document }) {
  if (!config.privyAppId || doc.querySelector('[data-orbis-login]')) return null;
  const form = doc.querySelector('form#login-form, form[action*="login"], form');
  if (!form) return null;
  const note = el('p', { class: 'orbis-muted', hidden: true, 'data-orbis-login-note': true,
    text: 'Log in with your Label Studio email and password above. Then open “Ceramic” in the top bar and choose ' +
      '“Google, X or email (Privy)”: Privy creates or opens your wallet and you approve one signature, so the rows you ' +
      'label are saved to Ceramic under your own DID.' });
  const box = el('div', { class: 'orbis-login-privy', 'data-orbis-login': true },
    el('button', { type: 'button', onclick: () => { note.hidden = !note.hidden; } }, 'Continue with Privy (Google, X or email)'),
    note);
  form.parentNode.insertBefore(box, form.nextSibling);
  return box;
}
