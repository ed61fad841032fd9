import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { EditorPage } from '../pages/editor-page';
import type { UiLanguage } from '../pages/ui-names';

const diffNames = {
  en: {
    versionName: 'Version name',
    saveName: 'Save',
    compare: 'Compare',
    version: 'Version',
    compareWith: 'Compare with',
    current: 'Current text',
    show: 'Show differences',
    differences: 'Differences',
    restoreParagraph: 'Restore this paragraph',
    counts: /^1 word added, \d+ removed$/,
  },
  fr: {
    versionName: 'Nom de la version',
    saveName: 'Enregistrer',
    compare: 'Comparer',
    version: 'Version',
    compareWith: 'Comparer avec',
    current: 'Texte actuel',
    show: 'Afficher les différences',
    differences: 'Différences',
    restoreParagraph: 'Restaurer ce paragraphe',
    counts: /^1 mot ajouté, \d+ supprimés$/,
  },
} as const;

const headline = 'Mali et Maroc';
const first = 'Les chauffeurs ont été libérés samedi à Bamako.';
const second = 'Le ministre a salué la médiation du Maroc.';
const third = 'Une enquête est ouverte sur les circonstances.';

async function writeThreeParagraphs(app: CopydeskPage): Promise<void> {
  await app.createArticle(headline, first);
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.insertText(second);
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.insertText(third);
  await expect(app.body.locator('p')).toHaveCount(3);
  await app.waitUntilSaved();
}

async function saveVersion(app: CopydeskPage, language: UiLanguage, name: string): Promise<void> {
  const names = diffNames[language];
  await app.page.getByRole('button', { name: app.names.versions, exact: true }).click();
  await app.page.getByRole('button', { name: app.names.saveVersion, exact: true }).click();
  await app.page.getByRole('textbox', { name: names.versionName, exact: true }).fill(name);
  await app.page.getByRole('button', { name: names.saveName, exact: true }).click();
  await expect(app.page.getByRole('button', { name: new RegExp(`^${name} `) })).toBeVisible();
}

async function compareWithCurrentText(
  app: CopydeskPage,
  language: UiLanguage,
  name: string,
): Promise<Locator> {
  const names = diffNames[language];
  await app.page.getByRole('button', { name: names.compare, exact: true }).click();
  const version = app.page.getByRole('combobox', { name: names.version, exact: true });
  const label = await version
    .locator('option', { hasText: new RegExp(`^${name} — `) })
    .textContent();
  await version.selectOption({ label: label! });
  await expect(
    app.page.getByRole('combobox', { name: names.compareWith, exact: true }),
  ).toHaveValue('current');
  await app.page.getByRole('button', { name: names.show, exact: true }).click();
  const region = app.page.getByRole('region', { name: names.differences, exact: true });
  await expect(region).toBeVisible();
  return region;
}

for (const language of ['en', 'fr'] as const) {
  test(`compare a version with the current text and restore a deleted paragraph (${language})`, async ({
    app,
    page,
  }) => {
    const names = diffNames[language];
    await app.open();
    await app.switchLanguage(language);
    await writeThreeParagraphs(app);
    await saveVersion(app, language, 'v1');

    const editor = new EditorPage(app);
    await editor.select('samedi');
    await page.keyboard.insertText('dimanche');
    await editor.select(second);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(app.body.locator('p')).toHaveCount(2);
    await app.waitUntilSaved();

    const region = await compareWithCurrentText(app, language, 'v1');
    await expect(region.locator('del', { hasText: /^samedi$/ })).toBeVisible();
    await expect(region.locator('ins', { hasText: /^dimanche$/ })).toBeVisible();
    await expect(region.getByText(names.counts)).toBeVisible();
    const deletedParagraph = region
      .getByRole('listitem')
      .filter({ has: page.locator('del', { hasText: second }) });
    await deletedParagraph
      .getByRole('button', { name: names.restoreParagraph, exact: true })
      .click();

    await expect(app.body.locator('p')).toHaveText([
      first.replace('samedi', 'dimanche'),
      second,
      third,
    ]);
    await expect(region.locator('del', { hasText: second })).toHaveCount(0);
    await app.waitUntilSaved();

    await page.reload();
    await app.openArticle(headline);
    await expect(app.body.locator('p')).toHaveText([
      first.replace('samedi', 'dimanche'),
      second,
      third,
    ]);
  });
}
