import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { FirstRunScreen } from '../pages/first-run-screen';
import { screenshotFolder } from '../pages/screenshot-folder';
import { uiNames } from '../pages/ui-names';

test.describe('in a French browser', () => {
  test.use({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });

  test('first run speaks the browser’s French, offers English, and keeps the choice', async ({
    app,
    page,
    server,
  }) => {
    const firstRun = new FirstRunScreen(app);
    await page.goto(server.url);
    await expect(firstRun.languageSelect('fr')).toHaveValue('fr');
    await expect(firstRun.roleSelect('fr').getByRole('option')).toHaveText([
      'Rédacteur',
      'Secrétaire de rédaction',
      'Rédacteur en chef',
    ]);
    await page.screenshot({ path: join(screenshotFolder, 'first-run-fr.png') });

    await firstRun.languageSelect('fr').selectOption({ label: 'English' });
    await expect(firstRun.languageSelect('en')).toHaveValue('en');
    await page.screenshot({ path: join(screenshotFolder, 'first-run-en.png') });
    await firstRun.dialog('en').getByRole('textbox', { name: 'Your name' }).fill('Awa Diop');
    await firstRun.dialog('en').getByRole('button', { name: 'Start' }).click();

    await page.reload();
    app.language = 'en';
    await expect(app.newArticleButton).toBeVisible();
    await expect(page.getByRole('button', { name: uiNames.fr.newArticle })).toHaveCount(0);
  });
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('first run speaks English and Later keeps English', async ({ app, page, server }) => {
    const firstRun = new FirstRunScreen(app);
    await page.goto(server.url);
    await expect(firstRun.languageSelect('en')).toHaveValue('en');
    await firstRun.dialog('en').getByRole('button', { name: uiNames.en.later }).click();
    await expect(app.newArticleButton).toBeVisible();
  });
});

for (const language of ['en', 'fr'] as const) {
  test(`${language}: after a reload the article last open is open again`, async ({ app, page }) => {
    await app.open();
    if (language === 'fr') await app.switchLanguage('fr');
    await app.createArticle('Crue du fleuve à Kayes', 'Le niveau monte depuis lundi.');
    await app.createArticle('Mali–Maroc : la frontière rouvre', 'Les camions repartent.');
    await app.openArticle('Crue du fleuve à Kayes');

    await page.reload();
    await expect(app.headline).toHaveValue('Crue du fleuve à Kayes');
    await expect(app.body).toHaveText('Le niveau monte depuis lundi.');
  });
}
