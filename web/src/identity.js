// Wallet → DID session, the way this server does it: the server issues a challenge (the exact SIWE text for a
// session key it holds), the wallet personal_signs that text, the server verifies and activates the session.
// No session secret ever reaches the page: only an address, a nonce and a signature cross the wire.

export function utf8ToHex(text) {
  const bytes = new TextEncoder().encode(text);
  let hex = '0x';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

export function shortAddress(address) {
  return address && address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address || '';
}

export function formatTime(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso || '') : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatDuration(seconds) {
  if (seconds == null) return '';
  const s = Math.max(0, Math.floor(seconds));
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}

/**
 * What the identity menu shows for a status from GET /identity/status.
 * state: 'none' (no wallet linked) | 'disconnected' (linked, no active session) | 'active' | 'renew'
 */
export function describeStatus(status) {
  if (!status || !status.linked) {
    return { state: 'none', title: 'No wallet connected',
      detail: 'Connect a wallet so the rows you label are saved to Ceramic under your own DID.', action: 'connect' };
  }
  const session = status.session;
  if (!session || session.status !== 'active') {
    return { state: 'disconnected', title: `Wallet ${shortAddress(status.address)} (no active session)`,
      detail: 'Your rows stay pending until you connect again and approve one signature.', action: 'connect' };
  }
  const left = formatDuration(session.remainingSeconds);
  if (session.needsRenewal || !session.usable) {
    return { state: 'renew', title: `Session of ${shortAddress(status.address)} ends in ${left}`,
      detail: session.reason || 'The session is close to expiry: reconnect to keep saving rows.', action: 'reconnect' };
  }
  return { state: 'active', title: `Connected: ${shortAddress(status.address)}`,
    detail: `Session valid for ${left} (until ${formatTime(session.expiresAt)}). Rows you label are signed with this DID:`,
    action: 'disconnect' };
}

export class ConnectError extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.name = 'ConnectError';
    this.code = code;
    Object.assign(this, extra);
  }
}

function walletMessage(err) {
  if (!err) return 'unknown error';
  if (err.code === 4001 || /reject|denied|cancel/i.test(err.message || '')) return 'the signature request was rejected';
  return err.message || String(err);
}

/**
 * The whole connect flow with one wallet adapter ({login, getEthereumProvider, logout}).
 * Returns the server's status after activation. Throws ConnectError (code 'identity_mismatch' when the account is
 * linked to another wallet: call again with {relink: true} after the user confirms).
 */
export async function connectIdentity(wallet, api, { relink = false, onStep = () => {} } = {}) {
  onStep('login');
  await wallet.login();
  onStep('provider');
  const provider = await wallet.getEthereumProvider();
  let accounts;
  try {
    accounts = await provider.request({ method: 'eth_requestAccounts' });
  } catch (err) {
    throw new ConnectError('wallet', `The wallet did not share an address: ${walletMessage(err)}.`);
  }
  const address = Array.isArray(accounts) ? accounts[0] : null;
  if (!address) throw new ConnectError('wallet', 'The wallet has no account to sign with.');
  onStep('challenge');
  let challenge;
  try {
    challenge = await api.post('/identity/challenge', relink ? { address, relink: true } : { address });
  } catch (err) {
    if (err.code === 'identity_mismatch') throw new ConnectError('identity_mismatch', err.detail, { address });
    throw new ConnectError(err.code || 'challenge', err.detail || err.message);
  }
  onStep('sign');
  let signature;
  try {
    signature = await provider.request({ method: 'personal_sign', params: [utf8ToHex(challenge.message), address] });
  } catch (err) {
    throw new ConnectError('signature', `No signature: ${walletMessage(err)}. Nothing was changed.`);
  }
  onStep('session');
  try {
    await api.post('/identity/session', { nonce: challenge.nonce, signature, address });
  } catch (err) {
    throw new ConnectError(err.code || 'session', err.detail || err.message);
  }
  onStep('done');
  return api.get('/identity/status');
}

/** End the server-held session (and log the wallet out; a wallet error never blocks the server-side revoke). */
export async function disconnectIdentity(api, wallet = null) {
  const result = await api.post('/identity/revoke', {});
  if (wallet) {
    try {
      await wallet.logout();
    } catch {
      /* the session is already gone server-side */
    }
  }
  return result;
}
