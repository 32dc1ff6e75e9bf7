// The local test-key wallet: a private key kept in this browser's localStorage, for tests and offline demos only.
// Offered only when the server's public config says testWallet: true (never in ORBIS_MODE=production: the server
// refuses ORBIS_TEST_WALLET there). It is a throw-away development wallet, not a session secret: the Ceramic
// session key stays on the server whichever wallet signs.
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';

export const STORAGE_KEY = 'orbis:test-wallet-key';

function memoryStorage() {
  const data = new Map();
  return { getItem: (k) => (data.has(k) ? data.get(k) : null), setItem: (k, v) => data.set(k, String(v)),
    removeItem: (k) => data.delete(k) };
}

export function createTestKeyWallet({ storage = null, privateKey = null } = {}) {
  const store = storage || memoryStorage();
  let key = privateKey || store.getItem(STORAGE_KEY);
  if (!key || !/^0x[0-9a-fA-F]{64}$/.test(key)) {
    key = generatePrivateKey();
  }
  store.setItem(STORAGE_KEY, key);
  const account = privateKeyToAccount(key);
  let loggedIn = false;

  const provider = {
    isOrbisTestWallet: true,
    async request({ method, params = [] }) {
      switch (method) {
        case 'eth_requestAccounts':
          loggedIn = true;
          return [account.address];
        case 'eth_accounts':
          return loggedIn ? [account.address] : [];
        case 'eth_chainId':
          return '0x1';
        case 'personal_sign': {
          const [data, address] = params;
          if (!address || address.toLowerCase() !== account.address.toLowerCase()) {
            throw Object.assign(new Error(`the test wallet holds ${account.address}, not ${address}`), { code: 4100 });
          }
          const raw = typeof data === 'string' && /^0x[0-9a-fA-F]*$/.test(data) ? { raw: data } : String(data);
          return account.signMessage({ message: raw });
        }
        default:
          throw Object.assign(new Error(`the test wallet does not support ${method}`), { code: 4200 });
      }
    },
  };

  return {
    id: 'test',
    address: account.address,
    async login() {
      loggedIn = true;
    },
    async getEthereumProvider() {
      return provider;
    },
    async logout() {
      loggedIn = false;
    },
  };
}
