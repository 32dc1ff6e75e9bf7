// Privy (Google, X, email → an embedded Ethereum wallet). Privy's SDK and its own React are a separate, large chunk
// (privy-root.js) imported only here, on the first click that needs it. Privy cannot be reached from offline or
// misconfigured setups (it then never becomes ready and its login() hangs), so every wait has a timeout and a message
// a labeler can act on.
import { withTimeout } from './index.js';

export function privyUnreachableMessage(appId, seconds, origin = globalThis.location ? location.origin : '') {
  return `Privy did not answer within ${seconds} s. Either its login service (auth.privy.io) cannot be reached ` +
    `from this browser, or the app id "${appId}" is not a Privy app that allows this site${origin ? ` (${origin})` : ''}. ` +
    'Check the network, or ask an administrator to check PRIVY_APP_ID and the allowed origins in the Privy dashboard. ' +
    'You can still label: your rows stay pending until you connect.';
}

export function createPrivyWallet({ appId, timeoutMs = 15000, loadSdk = () => import('./privy-root.js'),
  doc = globalThis.document } = {}) {
  if (!/^[a-z0-9]{25}$/.test(appId || '')) {
    throw new Error(`PRIVY_APP_ID "${appId}" is not a Privy app id (25 lowercase letters and digits).`);
  }
  const seconds = Math.round(timeoutMs / 1000);
  let controller = null;

  async function ensure() {
    if (controller) return controller;
    const sdk = await withTimeout(loadSdk(), timeoutMs,
      `The Privy login code could not be loaded within ${seconds} s: reload the page and try again.`);
    let container = doc.getElementById('orbis-privy-root');
    if (!container) {
      container = doc.createElement('div');
      container.id = 'orbis-privy-root';
      doc.body.appendChild(container);
    }
    const ctl = sdk.mountPrivy({ appId, container });
    try {
      await withTimeout(ctl.ready(), timeoutMs, privyUnreachableMessage(appId, seconds));
    } catch (err) {
      ctl.unmount(); // a later click starts over (the network may be back)
      throw err;
    }
    controller = ctl;
    return ctl;
  }

  return {
    id: 'privy',
    async login() {
      const ctl = await ensure();
      await ctl.login(); // the user's own pace in Privy's dialog; rejects when they close it
    },
    async getEthereumProvider() {
      const ctl = await ensure();
      return withTimeout(ctl.getEthereumProvider(), Math.max(timeoutMs, 30000),
        'Privy logged you in but did not provide an embedded wallet in time: check that embedded wallets are ' +
        'enabled for this app in the Privy dashboard, then try again.');
    },
    async logout() {
      if (controller) await controller.logout();
    },
  };
}
