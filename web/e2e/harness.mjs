// What every browser scenario shares: headless Debian Chromium (playwright-core) with every non-loopback request
// blocked (so a test can never depend on, or leak to, the internet), uncaught page errors collected, and Label
// Studio's login form with a retry (the shared SQLite test database can be briefly locked by another writer).
import { chromium } from 'playwright-core';

export const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

// result: the scenario's report; blocked hosts and page errors are pushed into result.blocked / result.pageErrors
export async function openBrowser(result, { viewport = { width: 1280, height: 900 }, timeout = 30000 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.ORBIS_E2E_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    result.blocked.push(url.host);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (err) => result.pageErrors.push(
    `${String(err && err.message ? err.message : err).slice(0, 400)} @ ${page.url()}`));
  return { browser, context, page };
}

// onLoginPage: an optional async look at the login page before signing in (a screenshot, what it offers)
export async function login(page, base, email, password, result = {}, onLoginPage = null) {
  for (let attempt = 1; ; attempt += 1) {
    await page.goto(`${base}/user/login/`);
    if (onLoginPage) await onLoginPage();
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', password);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit], input[type=submit]')]);
    if (!/\/user\/login/.test(page.url())) return;
    if (attempt >= 3) throw new Error(`login failed ${attempt} times (still on ${page.url()})`);
    result.loginRetries = attempt;
  }
}
