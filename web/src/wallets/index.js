// Wallet adapters behind one interface: { id, label, login(), getEthereumProvider(), logout() }.
// This module is in the page-load bundle, so it only *describes* adapters; each one's code is imported on first use.

export const PRIVY_TIMEOUT_MS = 15000;

/** Which wallets this page may offer, best first: Privy (when configured), a browser wallet, the test key (dev only). */
export function availableWallets(config, win = globalThis) {
  const list = [];
  if (config.privyAppId) {
    list.push({ id: 'privy', label: 'Google, X or email (Privy)',
      load: async () => (await import('./privy.js')).createPrivyWallet({ appId: config.privyAppId,
        timeoutMs: config.privyTimeoutMs || PRIVY_TIMEOUT_MS }) });
  }
  if (win && win.ethereum && typeof win.ethereum.request === 'function') {
    list.push({ id: 'injected', label: 'Browser wallet',
      load: async () => (await import('./injected.js')).createInjectedWallet(win.ethereum) });
  }
  if (config.testWallet === true) {
    list.push({ id: 'test', label: 'Local test wallet (development only)',
      load: async () => (await import('./testkey.js')).createTestKeyWallet({ storage: win.localStorage }) });
  }
  return list;
}

const loaded = new Map();

/** Load an adapter once per page; a failed load is forgotten so the user can retry. */
export async function loadWallet(entry) {
  if (!loaded.has(entry.id)) {
    loaded.set(entry.id, entry.load().catch((err) => {
      loaded.delete(entry.id);
      throw err;
    }));
  }
  return loaded.get(entry.id);
}

export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(message), { code: 'timeout' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
