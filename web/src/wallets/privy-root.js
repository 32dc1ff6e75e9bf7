// The heavy chunk: Privy's React SDK mounted in its own React root (never inside Label Studio's React tree).
// Exposes a small promise-based controller to privy.js.
import { Component, createElement as h, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { PrivyProvider, useLogin, usePrivy, useWallets } from '@privy-io/react-auth';

export function mountPrivy({ appId, container }) {
  const state = { ready: false, authenticated: false, wallets: [], walletsReady: false, error: null, api: null };
  const waiters = new Set();
  let loginHandlers = null;

  function notify() {
    for (const w of [...waiters]) {
      if (state.error) {
        waiters.delete(w);
        w.reject(state.error);
      } else if (w.test(state)) {
        waiters.delete(w);
        w.resolve(state);
      }
    }
  }

  function waitFor(test) {
    return new Promise((resolve, reject) => {
      const w = { test, resolve, reject };
      waiters.add(w);
      notify();
    });
  }

  class Boundary extends Component {
    constructor(props) {
      super(props);
      this.state = { failed: false };
    }

    static getDerivedStateFromError() {
      return { failed: true };
    }

    componentDidCatch(error) {
      state.error = new Error(`Privy could not start: ${error && error.message ? error.message : error}`);
      notify();
    }

    render() {
      return this.state.failed ? null : this.props.children;
    }
  }

  function Bridge() {
    const privy = usePrivy();
    const { wallets, ready: walletsReady } = useWallets();
    const { login } = useLogin({
      onComplete: () => loginHandlers && loginHandlers.resolve(),
      onError: (error) => loginHandlers && loginHandlers.reject(
        new Error(error === 'exited_auth_flow' ? 'Login cancelled: the Privy window was closed.' : `Privy login failed: ${error}`)),
    });
    useEffect(() => {
      Object.assign(state, { ready: privy.ready, authenticated: privy.authenticated, wallets, walletsReady,
        api: { login, logout: privy.logout } });
      notify();
    });
    return null;
  }

  const root = createRoot(container);
  root.render(h(Boundary, null, h(PrivyProvider, {
    appId,
    config: {
      loginMethods: ['google', 'twitter', 'email'],
      embeddedWallets: { ethereum: { createOnLogin: 'users-without-wallets' } },
      appearance: { theme: 'light', showWalletLoginFirst: false },
    },
  }, h(Bridge))));

  const embedded = (s) => s.wallets.find((w) => w.walletClientType === 'privy');

  return {
    ready: () => waitFor((s) => s.ready && s.api),
    async login() {
      await waitFor((s) => s.ready && s.api);
      if (state.authenticated) return;
      const done = new Promise((resolve, reject) => {
        loginHandlers = { resolve, reject };
      });
      state.api.login();
      try {
        await done;
      } finally {
        loginHandlers = null;
      }
    },
    async getEthereumProvider() {
      const s = await waitFor((st) => st.walletsReady && embedded(st));
      return embedded(s).getEthereumProvider();
    },
    async logout() {
      if (state.api) await state.api.logout();
    },
    unmount() {
      root.unmount();
      for (const w of waiters) w.reject(new Error('Privy was unmounted'));
      waiters.clear();
    },
  };
}
