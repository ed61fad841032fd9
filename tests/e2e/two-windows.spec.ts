import { CopydeskPage } from '../pages/copydesk-page';
import { expect, test } from '../fixtures/copydesk-test';

const headline = 'Crue du Niger';
const first = ['Niamey ', 'se ', 'réveille ', 'les ', 'pieds ', 'dans ', 'l’eau. '];
const second = ['Les ', 'digues ', 'de ', 'Lamordé ', 'ont ', 'cédé ', 'dimanche. '];

test('two people in two browsers type at once in one article: both keep every word', async ({
  app,
  browser,
  server,
}) => {
  await app.open();
  await app.createArticle(headline, 'Premier jet.');
  await app.page.keyboard.press('Enter');
  await app.waitUntilSaved();

  // A second person: another browser context (its own storage), on the same server.
  const context = await browser.newContext();
  try {
    const other = new CopydeskPage(await context.newPage(), server);
    await other.open();
    await other.openArticle(headline);
    await expect(other.body).toContainText('Premier jet.');
    // One writes at the start, the other at the end, word for word in turn.
    await other.body.click();
    await other.page.keyboard.press('Control+Home');
    await app.body.click();
    await app.page.keyboard.press('Control+End');
    for (let index = 0; index < first.length; index += 1) {
      await app.page.keyboard.type(first[index]!);
      await other.page.keyboard.type(second[index]!);
    }
    const both = [first.join('').trim(), second.join('').trim(), 'Premier jet.'];
    for (const window of [app, other]) {
      for (const words of both) await expect(window.body).toContainText(words);
      await window.waitUntilSaved();
      await expect(window.page.getByRole('dialog')).toHaveCount(0);
    }
    await expect(other.body).toHaveText((await app.body.textContent()) ?? '');

    await app.page.reload();
    await app.openArticle(headline);
    for (const words of both) await expect(app.body).toContainText(words);
    await expect(app.articleList.getByRole('listitem').filter({ hasText: headline })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('two tabs change different fields and the same paragraph: everything merges', async ({
  app,
  context,
  server,
}) => {
  await app.open();
  await app.createArticle('Budget 2026', 'Premier jet.');
  await app.waitUntilSaved();

  const other = new CopydeskPage(await context.newPage(), server);
  await other.open();
  await other.openArticle('Budget 2026');
  await expect(other.body).toHaveText('Premier jet.');

  await app.appendToBody(' Ajout du premier onglet.');
  await other.headline.fill('Budget 2026 : le vote');
  await app.waitUntilSaved();
  await other.waitUntilSaved();
  await other.body.click();
  await other.page.keyboard.press('Control+Home');
  await other.page.keyboard.type('Paris. ');
  await other.waitUntilSaved();

  const merged = 'Paris. Premier jet. Ajout du premier onglet.';
  for (const tab of [app, other]) {
    await expect(tab.body).toHaveText(merged);
    await expect(tab.headline).toHaveValue('Budget 2026 : le vote');
    await expect(tab.page.getByRole('dialog')).toHaveCount(0);
  }
  await app.page.reload();
  await app.openArticle('Budget 2026 : le vote');
  await expect(app.body).toHaveText(merged);
});
