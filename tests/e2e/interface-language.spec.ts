import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CopydeskPage } from '../pages/copydesk-page';
import { uiNames, type UiLanguage } from '../pages/ui-names';
import { expect, test } from '../fixtures/copydesk-test';
import { screenshotFolder } from '../pages/screenshot-folder';

const themeLabels = {
  en: { light: 'Light', dark: 'Dark' },
  fr: { light: 'Clair', dark: 'Sombre' },
} as const;

/** The main controls carry this language's names, and none of the other language's. */
async function expectMainControlsIn(app: CopydeskPage, language: UiLanguage): Promise<void> {
  const other: UiLanguage = language === 'en' ? 'fr' : 'en';
  const page = app.page;
  const names = uiNames[language];
  await expect(page.getByRole('button', { name: names.newArticle, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: names.settings, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: names.trash, exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: names.search, exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: names.articles, exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: names.headline, exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: names.body, exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: names.saveStatus, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: names.deleteArticle, exact: true })).toBeVisible();
  const foreign = uiNames[other];
  for (const name of [foreign.newArticle, foreign.settings, foreign.trash, foreign.deleteArticle]) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  for (const name of [foreign.headline, foreign.body]) {
    await expect(page.getByRole('textbox', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('searchbox', { name: foreign.search, exact: true })).toHaveCount(0);
  await expect(page.getByRole('status', { name: foreign.saveStatus, exact: true })).toHaveCount(0);
}

test('the interface switches between French and English and stays switched', async ({
  app,
  page,
}) => {
  await app.open();
  await app.switchLanguage('en');
  await app.createArticle('Élection présidentielle', 'Le premier tour aura lieu en avril.');
  await expectMainControlsIn(app, 'en');

  await app.switchLanguage('fr');
  await expectMainControlsIn(app, 'fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await app.openArticle('Élection présidentielle');
  await expectMainControlsIn(app, 'fr');

  await app.switchLanguage('en');
  await expectMainControlsIn(app, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('screenshots of the main screen in both languages and both themes', async ({ app, page }) => {
  mkdirSync(screenshotFolder, { recursive: true });
  await app.open();
  await app.switchLanguage('fr');
  await app.createArticle(
    'Élection présidentielle : le premier tour',
    'Les bureaux de vote ouvrent à 8 h.',
  );
  await app.createArticle(
    'Mali–Maroc : des chauffeurs marocains enlevés',
    'Les chauffeurs ont été libérés.',
  );
  await expect(app.articleRow('Élection présidentielle : le premier tour')).toBeVisible();
  await expect(app.articleRow('Mali–Maroc : des chauffeurs marocains enlevés')).toBeVisible();
  for (const language of ['fr', 'en'] as const) {
    await app.switchLanguage(language);
    for (const theme of ['light', 'dark'] as const) {
      await app.switchTheme(themeLabels[language][theme]);
      await expectMainControlsIn(app, language);
      await page.screenshot({
        path: join(screenshotFolder, `main-${language}-${theme}.png`),
        fullPage: true,
      });
    }
  }
});
