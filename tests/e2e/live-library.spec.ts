import { CopydeskPage } from '../pages/copydesk-page';
import { expect, test } from '../fixtures/copydesk-test';

test('a second tab on the same library sees new and renamed articles without a reload', async ({
  app,
  context,
  server,
}) => {
  const other = new CopydeskPage(await context.newPage(), server);
  await app.open();
  await other.open();
  await expect(other.articleRow('Conseil municipal de Thiès')).toHaveCount(0);

  await app.createArticle('Conseil municipal de Thiès', 'Le budget est adopté.');
  await expect(other.articleRow('Conseil municipal de Thiès')).toBeVisible();

  await app.headline.fill('Thiès : le budget municipal adopté');
  await app.waitUntilSaved();
  await expect(other.articleRow('Thiès : le budget municipal adopté')).toBeVisible();
  await expect(other.articleRow('Conseil municipal de Thiès')).toHaveCount(0);
});
