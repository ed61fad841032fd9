import { expect, test } from '../fixtures/copydesk-test';

test('a misspelled French word is underlined offline and corrected from the right-click menu', async ({
  app,
  page,
  server,
}) => {
  const origin = new URL(server.url).origin;
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url);
    }
  });
  await app.open();
  await app.createArticle('Budget', 'Le gouvernemnt a présenté le budget de l’État.');

  const misspelled = app.body.locator('.spelling-error', { hasText: 'gouvernemnt' });
  await expect(misspelled).toBeVisible({ timeout: 20_000 });
  await expect(app.body.locator('.spelling-error')).toHaveCount(1);

  await misspelled.click({ button: 'right' });
  const menu = page.getByRole('menu');
  await menu
    .getByRole('menuitem', { name: 'gouvernement', exact: true })
    .click({ timeout: 20_000 });
  await expect(app.body).toHaveText('Le gouvernement a présenté le budget de l’État.');
  await expect(app.body.locator('.spelling-error')).toHaveCount(0, { timeout: 20_000 });
  expect(foreignRequests).toEqual([]);
});
