import { expect, test } from '../fixtures/copydesk-test';

const headline = 'Mali–Maroc : des chauffeurs marocains enlevés';
const bodyText = 'Les quatre chauffeurs ont été libérés samedi à Bamako.';

test('an article survives a page reload', async ({ app, page }) => {
  await app.open();
  await app.createArticle(headline, bodyText);

  await page.reload();
  await expect(app.articleRow(headline)).toBeVisible();
  await app.openArticle(headline);
  await expect(app.body).toHaveText(bodyText);
});

test('an article survives a server restart on the same library', async ({ app, page, server }) => {
  await app.open();
  await app.createArticle(headline, bodyText);

  await server.restart();
  await page.goto(server.url);
  await app.openArticle(headline);
  await expect(app.body).toHaveText(bodyText);
});
