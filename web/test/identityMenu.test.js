// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdentityMenu } from '../src/identityMenu.js';
import { isLoginPage, mountLoginEntry } from '../src/loginPage.js';
import { fakeApi } from './helpers.js';

const until = async (test) => { for (let i = 0; i < 100 && !test(); i += 1) await new Promise((r) => setTimeout(r, 5)); };
const ACTIVE = { linked: true, did: 'did:pkh:eip155:1:0xab', address: '0xab', session: { status: 'active', usable: true,
  needsRenewal: false, remainingSeconds: 86400 * 7, expiresAt: '2026-11-28T00:00:00Z' } };

function header() {
  document.body.innerHTML = `<div class="lsf-menu-header"><div class="lsf-menu-header__trigger"></div>
    <div class="lsf-menu-header__user">DE</div></div>
    <div class="lsf-sidebar"><ul class="lsf-main-menu"><li><a class="lsf-main-menu__item lsf-main-menu__item_active">Projects</a></li></ul></div>`;
}

describe('identity menu', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('adds one entry to the header (before the user menu) and one to the sidebar, idempotently', async () => {
    header();
    const api = fakeApi({ 'GET /identity/status': async () => [200, { linked: false }] });
    const menu = createIdentityMenu({ api, config: { testWallet: true }, win: { localStorage: null } });
    menu.mount();
    menu.mount();
    await menu.refresh();
    const triggers = document.querySelectorAll('[data-orbis-identity-trigger]');
    expect([...triggers].map((t) => t.dataset.orbisIdentityTrigger)).toEqual(['header', 'sidebar']);
    expect(triggers[0].nextElementSibling.className).toBe('lsf-menu-header__user');
    expect(triggers[0].textContent).toBe('Ceramic: connect');
    expect(triggers[1].className).not.toContain('_active');
  });

  it('falls back to a floating badge on pages without Label Studio\'s header, removed once the header appears', () => {
    const api = fakeApi({ 'GET /identity/status': async () => [200, { linked: false }] });
    const menu = createIdentityMenu({ api, config: {}, win: {} });
    menu.mount();
    expect(document.querySelector('[data-orbis-identity-trigger]')).toBeNull(); // not before the grace period
    menu.mount({ allowBadge: true });
    expect(document.querySelector('[data-orbis-identity-trigger=badge]')).not.toBeNull();
    header();
    menu.mount();
    expect(document.querySelector('[data-orbis-identity-trigger=badge]')).toBeNull();
  });

  it('connects with a wallet, then offers disconnect; without wallets it says what to do', async () => {
    header();
    let linked = false;
    const api = fakeApi({
      'GET /identity/status': async () => [200, linked ? ACTIVE : { linked: false }],
      'POST /identity/revoke': async () => { linked = false; return [200, { revoked: 1, status: { linked: true, address: '0xab', session: null } }]; },
    });
    const menu = createIdentityMenu({ api, config: {}, win: {} });
    menu.mount();
    menu.open();
    await until(() => document.querySelector('[data-orbis-identity-title]'));
    expect(document.querySelector('[data-orbis-identity]').textContent).toMatch(/No wallet is available here/);
    // a wallet entry whose adapter resolves the whole flow
    const wallet = { login: async () => {}, logout: async () => {}, getEthereumProvider: async () => ({
      request: async ({ method }) => (method === 'eth_requestAccounts' ? ['0xab'] : '0xsig') }) };
    const apiFlow = fakeApi({
      'POST /identity/challenge': async () => [201, { message: 'm', nonce: 'n' }],
      'POST /identity/session': async () => { linked = true; return [201, {}]; },
      'GET /identity/status': async () => [200, linked ? ACTIVE : { linked: false }],
    });
    const menu2 = createIdentityMenu({ api: apiFlow, config: {}, win: {} });
    menu2.open();
    await menu2.connect({ id: `t${Math.random()}`, label: 'Test', load: async () => wallet });
    const pop = () => document.querySelectorAll('[data-orbis-identity]')[1] || document.querySelector('[data-orbis-identity]');
    expect(pop().textContent).toMatch(/Connected: 0xab/);
    expect(pop().querySelector('[data-orbis-did]').textContent).toBe('did:pkh:eip155:1:0xab');
    expect(pop().querySelector('[data-orbis-action=disconnect]')).not.toBeNull();
    expect(pop().querySelector('[data-orbis-message=ok]')).not.toBeNull();
    menu.close();
    menu2.close();
    expect(api.calls.length).toBeGreaterThan(0);
  });

  it('shows a readable error when a wallet fails, and offers re-link on identity mismatch', async () => {
    header();
    const api = fakeApi({
      'GET /identity/status': async () => [200, { linked: true, address: '0xdef', session: null }],
      'POST /identity/challenge': async (body) => (body.relink ? [201, { message: 'm', nonce: 'n' }]
        : [409, { error: 'identity_mismatch', detail: 'your account is linked to wallet 0xdef' }]),
      'POST /identity/session': async () => [201, {}],
    });
    const wallet = { login: async () => {}, logout: async () => {}, getEthereumProvider: async () => ({
      request: async ({ method }) => (method === 'eth_requestAccounts' ? ['0xab'] : '0xsig') }) };
    const menu = createIdentityMenu({ api, config: {}, win: {} });
    menu.open();
    const entry = { id: `m${Math.random()}`, label: 'Test', load: async () => wallet };
    await menu.connect(entry);
    const pop = document.querySelector('[data-orbis-identity]');
    expect(pop.querySelector('[data-orbis-message=error]').textContent).toMatch(/linked to wallet 0xdef/);
    expect(pop.querySelector('[data-orbis-action=relink]')).not.toBeNull();
    const failing = { id: `f${Math.random()}`, label: 'Privy', load: async () => { throw new Error('Privy did not answer within 15 s.'); } };
    await menu.connect(failing);
    expect(pop.querySelector('[data-orbis-message=error]').textContent).toBe('Privy did not answer within 15 s.');
  });
});

describe('login page', () => {
  it('adds "Continue with Privy" only when a Privy app id is configured', () => {
    document.body.innerHTML = '<div><form id="login-form" action="/user/login/"></form></div>';
    expect(isLoginPage({ pathname: '/user/login/' })).toBe(true);
    expect(isLoginPage({ pathname: '/projects/' })).toBe(false);
    expect(mountLoginEntry({ config: { privyAppId: '' } })).toBeNull();
    const box = mountLoginEntry({ config: { privyAppId: 'cm0000000000000000000000a' } });
    expect(box.previousElementSibling.id).toBe('login-form');
    const note = box.querySelector('[data-orbis-login-note]');
    expect(note.hidden).toBe(true);
    box.querySelector('button').click();
    expect(note.hidden).toBe(false);
    expect(note.textContent).toMatch(/Ceramic/);
    expect(mountLoginEntry({ config: { privyAppId: 'cm0000000000000000000000a' } })).toBeNull(); // once
  });
});
