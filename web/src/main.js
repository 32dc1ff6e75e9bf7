// Entry point, loaded on every Label Studio page (<script type="module">, see {% orbis_head %}). Keep it small:
// wallets, Privy and the test key are separate chunks imported on first use.
import { readConfig } from './config.js';
import { createApi } from './api.js';
import { injectStyles } from './ui.js';
import { createIdentityMenu } from './identityMenu.js';
import { createExportDialog } from './exportDialog.js';
import { isLoginPage, mountLoginEntry } from './loginPage.js';
import { installStorageCsrf } from './csrfFetch.js';
import { installStorageCard } from './storageCard.js';

function ours(node) {
  const element = node && node.nodeType === 1 ? node : node && node.parentElement;
  return !!(element && element.closest && element.closest('[data-orbis-panel],[data-orbis-identity],[data-orbis-identity-trigger],#orbis-privy-root,[data-orbis-login]'));
}

export function start(win = window, doc = document) {
  const config = readConfig(doc);
  const api = createApi({ base: config.apiBase || '/api/orbis', doc });
  injectStyles(doc);
  const publicApi = { config };
  win.orbis = publicApi;

  installStorageCsrf(win, doc);
  installStorageCard(win, doc);

  if (isLoginPage(win.location)) {
    mountLoginEntry({ config, doc });
    return publicApi;
  }

  const identity = createIdentityMenu({ api, config, win, doc });
  const exportDialog = createExportDialog({ api, config, identity, win, doc });
  Object.assign(publicApi, { identity, exportDialog });

  let scheduled = false;
  const scan = () => {
    scheduled = false;
    identity.mount();
    exportDialog.scan();
  };
  const observer = new MutationObserver((mutations) => {
    if (scheduled || mutations.every((m) => ours(m.target))) return;
    scheduled = true;
    (win.requestAnimationFrame || setTimeout)(scan);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  scan();
  setTimeout(() => identity.mount({ allowBadge: true }), 2500);
  identity.refresh();
  // keep the badge honest while a tab stays open (a session close to expiry turns into "Ceramic: reconnect")
  setInterval(() => { if (!doc.hidden) identity.refresh(); }, 10 * 60 * 1000);
  return publicApi;
}

if (typeof document !== 'undefined' && document.body && !window.orbis) start();
