import { expect, test } from '../fixtures/copydesk-test';

declare global {
  interface Window {
    cspViolations?: string[];
    pwned?: boolean;
  }
}

test('the page loads and edits with no CSP violation, console error or foreign request', async ({
  app,
  page,
  server,
  context,
}) => {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await app.open();
  await app.createArticle('Sécurité', 'Un texte ordinaire.');
  await page.reload();
  await app.openArticle('Sécurité');

  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('an injected inline script is blocked by the CSP', async ({ app, page }) => {
  await app.open();
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(event.effectiveDirective),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.pwned = true;';
        document.body.append(script);
      }),
  );
  expect(blocked).toBe('script-src-elem');
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('the API refuses calls without the token or from another origin', async ({
  server,
  playwright,
}) => {
  const request = await playwright.request.newContext();
  const withoutToken = await request.post(`${server.origin}/api/app:info`, { data: {} });
  expect(withoutToken.status()).toBe(401);

  const foreign = await request.post(`${server.origin}/api/app:info`, {
    data: {},
    headers: { 'X-Copydesk-Token': server.token, Origin: 'http://attacker.example' },
  });
  expect(foreign.status()).toBe(403);

  const allowed = await request.post(`${server.origin}/api/app:info`, {
    data: {},
    headers: { 'X-Copydesk-Token': server.token },
  });
  expect(await allowed.json()).toMatchObject({ ok: true, value: { host: 'web' } });
  await request.dispose();
});

test('browser mode prints exactly one line on stdout', ({ server }) => {
  expect(server.stdoutLines).toEqual([`Copydesk ready: ${server.url}`]);
});
