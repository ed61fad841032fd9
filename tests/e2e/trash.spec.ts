import { expect, test } from '../fixtures/copydesk-test';

const headline = 'Grève à la SNCF';

test('a deleted article goes to the trash and can be restored', async ({ app, page }) => {
  await app.open();
  await app.createArticle(headline, 'Le trafic sera perturbé jeudi.');
  await app.createArticle('Autre article', 'Texte.');
  await app.openArticle(headline);

  await app.deleteCurrentArticle();
  await expect(app.articleRow(headline)).toHaveCount(0);

  await app.trashButton.click();
  const trashed = app.articleRow(headline);
  await expect(trashed).toBeVisible();
  await expect(app.articleRow('Autre article')).toHaveCount(0);
  await trashed.click();
  await page.getByRole('button', { name: app.names.restore, exact: true }).click();
  await expect(trashed).toHaveCount(0);

  await app.trashButton.click();
  await app.openArticle(headline);
  await expect(app.body).toHaveText('Le trafic sera perturbé jeudi.');
});
