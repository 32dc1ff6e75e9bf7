// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableWallets, loadWallet, withTimeout } from '../src/wallets/index.js';
import { createPrivyWallet } from '../src/wallets/privy.js';
import { createInjectedWallet } from '../src/wallets/injected.js';

const APP_ID = 'cm0000000000000000000000a'; // 25 characters: valid syntax, not a real app

afterEach(() => vi.useRealTimers());

describe('availableWallets', () => {
  it('offers Privy only with an app id, the browser wallet only when injected, the test key only when enabled', () => {
    expect(availableWallets({ privyAppId: '', testWallet: false }, {}).map((w) => w.id)).toEqual([]);
    const win = { ethereum: { request: async () => [] }, localStorage: null };
    expect(availableWallets({ privyAppId: APP_ID, testWallet: true }, win).map((w) => w.id)).toEqual(['privy', 'injected', 'test']);
    expect(availableWallets({ privyAppId: '', testWallet: 'true' }, {}).map((w) => w.id)).toEqual([]); // strictly true
  });

  it('loads each adapter once, and retries after a failed load', async () => {
    let n = 0;
    const entry = { id: `x${Math.random()}`, load: async () => { n += 1; if (n === 1) throw new Error('offline'); return { id: 'x' }; } };
    await expect(loadWallet(entry)).rejects.toThrow('offline');
    await expect(loadWallet(entry)).resolves.toEqual({ id: 'x' });
    await loadWallet(entry);
    expect(n).toBe(2);
  });

  it('withTimeout rejects with the given message', async () => {
    vi.useFakeTimers();
    const p = withTimeout(new Promise(() => {}), 1000, 'too slow');
    vi.advanceTimersByTime(1001);
    await expect(p).rejects.toThrow('too slow');
  });
});

describe('Privy adapter', () => {
  it('refuses a malformed app id with a readable error', () => {
    expect(() => createPrivyWallet({ appId: 'abc' })).toThrow(/not a Privy app id/);
  });

  it('times out with a readable message when Privy never becomes ready (offline / wrong app id)', async () => {
    vi.useFakeTimers();
    let unmounted = false;
    const sdk = { mountPrivy: () => ({ ready: () => new Promise(() => {}), unmount: () => { unmounted = true; } }) };
    const wallet = createPrivyWallet({ appId: APP_ID, timeoutMs: 5000, loadSdk: async () => sdk });
    const p = wallet.login().catch((e) => e);
    await vi.advanceTimersByTimeAsync(5001);
    const err = await p;
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/Privy did not answer within 5 s/);
    expect(err.message).toContain(APP_ID);
    expect(unmounted).toBe(true);
    expect(document.getElementById('orbis-privy-root')).not.toBeNull();
  });

  it('logs in and returns the embedded wallet provider once ready', async () => {
    const provider = { request: async () => ['0x1'] };
    const calls = [];
    const sdk = { mountPrivy: ({ appId }) => ({ ready: async () => calls.push(['ready', appId]), login: async () => calls.push(['login']),
      getEthereumProvider: async () => provider, logout: async () => calls.push(['logout']), unmount() {} }) };
    const wallet = createPrivyWallet({ appId: APP_ID, loadSdk: async () => sdk });
    await wallet.login();
    expect(await wallet.getEthereumProvider()).toBe(provider);
    await wallet.logout();
    expect(calls).toEqual([['ready', APP_ID], ['login'], ['logout']]);
  });
});

describe('injected wallet', () => {
  it('wraps window.ethereum and never fails on logout', async () => {
    const seen = [];
    const eth = { request: async ({ method }) => { seen.push(method); if (method === 'wallet_revokePermissions') throw new Error('nope'); return ['0x1']; } };
    const w = createInjectedWallet(eth);
    await w.login();
    expect(await w.getEthereumProvider()).toBe(eth);
    await w.logout();
    expect(seen).toEqual(['eth_requestAccounts', 'wallet_revokePermissions']);
    expect(() => createInjectedWallet(undefined)).toThrow(/No browser wallet/);
  });
});
