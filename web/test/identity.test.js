// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recoverMessageAddress } from 'viem';
import { connectIdentity, describeStatus, disconnectIdentity, formatDuration, utf8ToHex } from '../src/identity.js';
import { createTestKeyWallet, STORAGE_KEY } from '../src/wallets/testkey.js';
import { fakeApi } from './helpers.js';

const KEY = '0x' + '01'.repeat(32);
const MESSAGE = 'testserver wants you to sign in with your Ethereum account:\n0xabc\n\nGive this application access\n\nURI: did:key:z6Mk\nVersion: 1\nChain ID: 1\nNonce: n0nce\nIssued At: 2026-11-21T00:00:00.000Z';

describe('connectIdentity with the test-key wallet', () => {
  it('signs exactly the server text and posts only nonce, signature and address', async () => {
    const wallet = createTestKeyWallet({ privateKey: KEY });
    const api = fakeApi({
      'POST /identity/challenge': async () => [201, { message: MESSAGE, nonce: 'n0nce', address: wallet.address.toLowerCase() }],
      'POST /identity/session': async () => [201, { ok: true }],
      'GET /identity/status': async () => [200, { linked: true, did: `did:pkh:eip155:1:${wallet.address.toLowerCase()}` }],
    });
    const steps = [];
    const status = await connectIdentity(wallet, api, { onStep: (s) => steps.push(s) });
    expect(status.linked).toBe(true);
    expect(steps).toEqual(['login', 'provider', 'challenge', 'sign', 'session', 'done']);
    const posted = api.calls.find((c) => c.path === '/identity/session').body;
    expect(Object.keys(posted).sort()).toEqual(['address', 'nonce', 'signature']);
    expect(posted.nonce).toBe('n0nce');
    const recovered = await recoverMessageAddress({ message: MESSAGE, signature: posted.signature });
    expect(recovered).toBe(wallet.address);
    expect(JSON.stringify(api.calls)).not.toContain(KEY.slice(2)); // the wallet key never goes to the server
  });

  it('reports an identity mismatch so the UI can offer a re-link', async () => {
    const wallet = createTestKeyWallet({ privateKey: KEY });
    const api = fakeApi({
      'POST /identity/challenge': async (body) => (body.relink ? [201, { message: MESSAGE, nonce: 'x' }]
        : [409, { error: 'identity_mismatch', detail: 'your account is linked to wallet 0xdef' }]),
      'POST /identity/session': async () => [201, {}],
      'GET /identity/status': async () => [200, { linked: true }],
    });
    const err = await connectIdentity(wallet, api).catch((e) => e);
    expect(err.code).toBe('identity_mismatch');
    expect(err.message).toMatch(/linked to wallet 0xdef/);
    await expect(connectIdentity(wallet, api, { relink: true })).resolves.toEqual({ linked: true });
  });

  it('a rejected signature changes nothing and says so', async () => {
    const provider = { request: async ({ method }) => {
      if (method === 'eth_requestAccounts') return ['0x0000000000000000000000000000000000000001'];
      throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
    } };
    const wallet = { login: async () => {}, getEthereumProvider: async () => provider, logout: async () => {} };
    const api = fakeApi({ 'POST /identity/challenge': async () => [201, { message: 'm', nonce: 'n' }] });
    const err = await connectIdentity(wallet, api).catch((e) => e);
    expect(err.code).toBe('signature');
    expect(err.message).toMatch(/rejected/);
    expect(api.calls.map((c) => c.path)).toEqual(['/identity/challenge']);
  });

  it('the test wallet keeps its key in the given storage and refuses other addresses', async () => {
    const store = new Map();
    const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
    const a = createTestKeyWallet({ storage });
    const b = createTestKeyWallet({ storage });
    expect(a.address).toBe(b.address);
    expect(store.get(STORAGE_KEY)).toMatch(/^0x[0-9a-f]{64}$/);
    const provider = await a.getEthereumProvider();
    await expect(provider.request({ method: 'personal_sign', params: [utf8ToHex('x'), '0x0000000000000000000000000000000000000002'] }))
      .rejects.toThrow(/test wallet holds/);
    expect(await provider.request({ method: 'eth_chainId' })).toBe('0x1');
  });

  it('disconnect revokes on the server even when the wallet logout fails', async () => {
    const api = fakeApi({ 'POST /identity/revoke': async () => [200, { revoked: 1, status: { linked: true } }] });
    const wallet = { logout: async () => { throw new Error('boom'); } };
    await expect(disconnectIdentity(api, wallet)).resolves.toEqual({ revoked: 1, status: { linked: true } });
  });
});

describe('describeStatus', () => {
  it('covers none, disconnected, active and renew', () => {
    expect(describeStatus({ linked: false }).state).toBe('none');
    expect(describeStatus({ linked: true, address: '0x1234567890abcdef', session: null }).state).toBe('disconnected');
    const active = describeStatus({ linked: true, did: 'did:pkh:eip155:1:0xab', address: '0xab',
      session: { status: 'active', usable: true, needsRenewal: false, remainingSeconds: 3 * 86400, expiresAt: '2026-11-28T21:44:42.977Z' } });
    expect(active.state).toBe('active');
    expect(active.detail).toMatch(/3 days \(until 2026-11-28 21:44 UTC\)/);
    const renew = describeStatus({ linked: true, address: '0xab', session: { status: 'active', usable: false,
      needsRenewal: true, remainingSeconds: 3600, reason: 'too close to expiry' } });
    expect(renew.state).toBe('renew');
    expect(renew.action).toBe('reconnect');
  });

  it('formats durations and utf8 hex', () => {
    expect(formatDuration(30)).toBe('30 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(7 * 86400)).toBe('7 days');
    expect(utf8ToHex('hé')).toBe('0x68c3a9');
  });
});
