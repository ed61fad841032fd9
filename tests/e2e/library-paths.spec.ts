import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';

test('a backup from Settings never replaces a file in the export folder', async ({
  app,
  page,
  server,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  const earlier = join(server.folders.exports, `copydesk-backup-${today}.sqlite`);
  mkdirSync(server.folders.exports, { recursive: true });
  writeFileSync(earlier, 'notes de la source');
  await app.open();
  await app.createArticle('Sauvegarde', 'Rien ne se perd.');

  const settings = await app.openSettings();
  const backUp = settings.root.getByRole('button', { name: 'Back up library…', exact: true });
  for (const number of [2, 3]) {
    await backUp.click();
    const written = join(server.folders.exports, `copydesk-backup-${today}-${number}.sqlite`);
    await expect(page.getByText(`Backup written to ${written}`)).toBeVisible();
    expect(readFileSync(written).subarray(0, 15).toString()).toBe('SQLite format 3');
  }
  expect(readFileSync(earlier, 'utf8')).toBe('notes de la source');
  expect(
    readdirSync(server.folders.exports).filter((name) => name.endsWith('.sqlite')),
  ).toHaveLength(3);
});

test('the API opens no path a caller names, only the handles it handed out', async ({
  server,
  playwright,
}) => {
  const request = await playwright.request.newContext();
  const call = async (channel: string, data: unknown) =>
    (await (
      await request.post(`${server.origin}/api/${channel}`, {
        data,
        headers: { 'X-Copydesk-Token': server.token },
      })
    ).json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  const outside = join(server.folders.settings, '..', 'elsewhere');

  expect(await call('library:create', { path: outside })).toMatchObject({ ok: false });
  expect(await call('library:open', { handle: outside })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await call('settings:update', { recentLibraries: [outside] })).toMatchObject({
    ok: false,
  });
  expect(existsSync(outside)).toBe(false);

  const recent = await call('library:recent', {});
  const [current] = recent.value as { handle: string; path: string }[];
  expect(current!.path).toContain('library');
  expect(await call('library:open', { handle: current!.handle })).toMatchObject({ ok: true });
  await request.dispose();
});
