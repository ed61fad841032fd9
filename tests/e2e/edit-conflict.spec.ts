import { CopydeskPage } from '../pages/copydesk-page';
import { expect, test } from '../fixtures/copydesk-test';

test('two tabs editing one article: the stale tab keeps both texts', async ({
  app,
  context,
  server,
}) => {
  await app.open();
  await app.createArticle('Budget 2026', 'Premier jet.');

  const other = new CopydeskPage(await context.newPage(), server);
  await other.open();
  await other.openArticle('Budget 2026');
  await expect(other.body).toHaveText('Premier jet.');

  await app.appendToBody(' Ajout du premier onglet.');
  await app.waitUntilSaved();

  await other.appendToBody(' Ajout du second onglet.');
  const conflict = other.page.getByRole('dialog');
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep both (save mine as a copy)' }).click();
  await expect(conflict).toBeHidden();
  await other.waitUntilSaved();

  await app.page.reload();
  await app.openArticle('Budget 2026');
  await expect(app.body).toHaveText('Premier jet. Ajout du premier onglet.');
  await app.openArticle('Budget 2026 (copy)');
  await expect(app.body).toHaveText('Premier jet. Ajout du second onglet.');
});
