// A browser wallet (window.ethereum, EIP-1193): MetaMask, Rabby, Coinbase Wallet…
export function createInjectedWallet(ethereum) {
  if (!ethereum || typeof ethereum.request !== 'function') {
    throw new Error('No browser wallet found on this page (window.ethereum is missing).');
  }
  return {
    id: 'injected',
    async login() {
      await ethereum.request({ method: 'eth_requestAccounts' });
    },
    async getEthereumProvider() {
      return ethereum;
    },
    async logout() {
      // not every wallet supports dropping the site's permission; the server-side session is what matters
      try {
        await ethereum.request({ method: 'wallet_revokePermissions', params: [{ eth_accounts: {} }] });
      } catch {
        /* ignore */
      }
    },
  };
}
