// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdentityMenu, waitingText } from '../src/identityMenu.js';
import { isLoginPage, mountLoginEntry } from '../src/loginPage.js';
import { fakeApi } from './helpers.js';

const until = async (test) => { for (let i = 0; i < 100 && !test(); i += 1) await new Promise((r) => setTimeout(r, 5)); };
const ACTIVE = { linked: true, did: 'did:pkh:eip155:1:0xab', address: '0xab', session: { status: 'active', usable: true,
  needsRenewal: false, remainingSeconds: 86400 * 7, expiresAt: '2026-11-28T00:00:00Z' } };

function header() {
  // Label Studio 1.23.2's DOM: the top bar, the main menu (a floating sidebar), the Project Settings navigation and
  // the user menu (the avatar's dropdown) — the last three are all `ul.lsf-main-menu` lists
  document.body.innerHTML = `<div class="lsf-menu-header"><div class="lsf-menu-header__trigger"></div>
    <button class="themeToggle">Light</button><div class="lsf-menu-header__user">DE</div></div>
    <div class="lsf-dropdown lsf-sidebar lsf-sidebar_floating"><ul class="lsf-main-menu"><li><a class="lsf-main-menu__item lsf-main-menu__item_active">Projects</a></li></ul></div>
    <div class="lsf-sidebar-menu"><div class="lsf-sidebar-menu__navigation"><ul class="lsf-main-menu"><li><a class="lsf-main-menu__item lsf-main-menu__item_active" href="/projects/1/settings/">General</a></li></ul></div></div>
    <div class="lsf-dropdown lsf-visible"><ul class="lsf-main-menu lsf-main-menu_collapsed"><li><a href="/user/account" class="lsf-main-menu__item"><span class="lsf-main-menu__item-icon"></span>Account &amp; Settings</a></li><li><a href="/logout" class="lsf-main-menu__item"><span class="lsf-main-menu__item-icon"></span>Log Out</a></li></ul></div>`;
}

describe('identity menu', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('adds the pill to the top bar (before the user menu) and an entry to the user menu, nowhere else, idempotently', async () => {
    header();
    const api = fakeApi({ 'GET /identity/status': async () => [200, { linked: false }] });
    const menu = createIdentityMenu({ api, config: { testWallet: true }, win: { localStorage: null } });
    menu.mount();
    menu.mount();
    await menu.refresh();
    const triggers = document.querySelectorAll('[data-orbis-identity-trigger]');
    expect([...triggers].map((t) => t.dataset.orbisIdentityTrigger)).toEqual(['header', 'user-menu']);
    expect(triggers[0].nextElementSibling.className).toBe('lsf-menu-header__user');
    expect(triggers[0].textContent).toBe('Ceramic: connect');
    // the user-menu entry: Label Studio's item look with an icon, before Log Out, never marked active
    const item = triggers[1];
    expect(item.className).toBe('lsf-main-menu__item');
    expect(item.querySelector('.lsf-main-menu__item-icon svg')).not.toBeNull();
    expect(item.closest('li').nextElementSibling.textContent).toBe('Log Out');
    // the settings navigation and the main menu are left alone
    expect(document.querySelector('.lsf-sidebar-menu__navigation [data-orbis-identity-trigger]')).toBeNull();
    expect(document.querySelector('.lsf-sidebar [data-orbis-identity-trigger]')).toBeNull();
    expect(document.querySelectorAll('.lsf-main-menu__item_active').length).toBe(2); // theirs, unchanged
  });

  it('tells the labeler how many of their annotations wait for their wallet, and what to do', async () => {
    header();
    let status = { linked: false, waiting: { count: 3, projects: [{ id: 4, title: 'Reviews', count: 3 }] } };
    const api = fakeApi({ 'GET /identity/status': async () => [200, status] });
    const menu = createIdentityMenu({ api, config: { testWallet: true }, win: { localStorage: null } });
    menu.mount();
    await menu.refresh();
    const count = document.querySelector('[data-orbis-identity-trigger=header] [data-orbis-waiting-count]');
    expect(count.hidden).toBe(false);
    expect(count.textContent).toBe('3');
    menu.open();
    await until(() => document.querySelector('[data-orbis-waiting]'));
    const notice = document.querySelector('[data-orbis-waiting]');
    expect(notice.textContent).toMatch(/^3 of your annotations wait for your wallet/);
    expect(notice.textContent).toMatch(/Connect a wallet below/);
    expect(notice.querySelector('a').getAttribute('href')).toBe('/projects/4/orbis/');
    expect(waitingText(1)).toBe('1 of your annotations waits for your wallet');
    // connected now: they are written by the next sync; nothing waits: no notice, no count
    status = { ...ACTIVE, waiting: { count: 3, projects: [] } };
    await menu.refresh();
    expect(document.querySelector('[data-orbis-waiting]').textContent).toMatch(/next sync of the project writes them/);
    status = { ...ACTIVE, waiting: { count: 0, projects: [] } };
    await menu.refresh();
    expect(document.querySelector('[data-orbis-waiting]')).toBeNull();
    expect(count.hidden).toBe(true);
    menu.close();
  });

  it('shows the DID on one line with a copy button', async () => {
    header();
    const copied = [];
    const api = fakeApi({ 'GET /identity/status': async () => [200, ACTIVE] });
    const win = { navigator: { clipboard: { writeText: async (t) => { copied.push(t); } } } };
    const menu = createIdentityMenu({ api, config: {}, win });
    menu.mount();
    menu.open();
    await until(() => document.querySelector('[data-orbis-action=copy-did]'));
    const did = document.querySelector('[data-orbis-did]');
    expect(did.textContent).toBe(ACTIVE.did);
    expect(did.title).toBe(ACTIVE.did);
    const button = document.querySelector('[data-orbis-action=copy-did]');
    button.click();
    await until(() => copied.length);
    expect(copied).toEqual([ACTIVE.did]);
    await until(() => button.textContent === 'Copied');
    expect(button.textContent).toBe('Copied');
    menu.close();
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
