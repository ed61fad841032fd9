import { expect, test } from '../fixtures/copydesk-test';

test('an unaccented query finds an accented article', async ({ app }) => {
  await app.open();
  await app.createArticle('Élection présidentielle', 'Le premier tour aura lieu en avril.');
  await app.createArticle('Météo du week-end', 'Du soleil sur tout le pays.');
  await expect(app.articleRow('Météo du week-end')).toBeVisible();

  await app.searchBox.fill('election');
  await expect(app.articleRow('Élection présidentielle')).toBeVisible();
  await expect(app.articleRow('Météo du week-end')).toHaveCount(0);

  await app.searchBox.fill('');
  await expect(app.articleRow('Météo du week-end')).toBeVisible();
});
