import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { SuggestionsDesk } from '../pages/suggestions-desk';
import { screenshotFolder } from '../pages/screenshot-folder';

const headline = 'Conseil municipal';
const original = 'Le maire a annoncé un budget en hausse.';

const setAuthor = async (app: CopydeskPage, name: string) => {
  const settings = await app.openSettings();
  await settings.authorName.fill(name);
  await settings.close();
};

/** The open article with two suggestions by the profile: "sortant " inserted, "un " struck. */
const suggest = async (app: CopydeskPage, desk: SuggestionsDesk) => {
  await app.createArticle(headline, original);
  await desk.setSuggesting(true);
  await desk.placeCursorAfter('Le maire ');
  await app.page.keyboard.type('sortant ');
  await desk.placeCursorAfter('annoncé un ');
  for (let press = 0; press < 3; press += 1) await app.page.keyboard.press('Backspace');
  await desk.openPanel();
  await expect(desk.items).toHaveCount(2);
};

test('suggested edits are listed, previewed, accepted, rejected, kept and left out of exports', async ({
  app,
  page,
  server,
}) => {
  await app.open();
  await setAuthor(app, 'Awa Ndiaye');
  const desk = new SuggestionsDesk(app);
  await suggest(app, desk);

  const insertion = desk.insertion('sortant');
  const deletion = desk.deletion('un');
  await expect(insertion).toContainText('Awa Ndiaye');
  await expect(deletion).toContainText('Awa Ndiaye');
  await expect(app.body.locator('ins[data-suggestion]')).toHaveText('sortant ');
  await expect(app.body.locator('del[data-suggestion]')).toHaveText('un ');

  await desk.showView(desk.names.finalText);
  await expect
    .poll(() => desk.visibleBodyText())
    .toBe('Le maire sortant a annoncé budget en hausse.');
  await expect(app.body).toHaveAttribute('contenteditable', 'false');
  await desk.showView(desk.names.originalText);
  await expect.poll(() => desk.visibleBodyText()).toBe(original);
  await desk.showView(desk.names.withSuggestions);
  await expect(app.body).toHaveAttribute('contenteditable', 'true');

  // Pending suggestions survive a reload (they are part of the saved body).
  await app.waitUntilSaved();
  await page.reload();
  await app.openArticle(headline);
  await desk.openPanel();
  await expect(desk.items).toHaveCount(2);

  // An export with pending suggestions warns and holds the original text.
  await page.keyboard.press('ControlOrMeta+E');
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
  await expect(dialog.getByRole('alert')).toHaveText('This article has 2 pending suggestions.');
  await expect(
    dialog.getByRole('radio', { name: 'Original text (suggestions left out)' }),
  ).toBeChecked();
  await dialog
    .getByRole('combobox', { name: 'Format', exact: true })
    .selectOption({ label: 'Markdown' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText('Done: 1 file written.', { exact: true })).toBeVisible();
  const [file] = readdirSync(server.folders.exports).filter((name) => name.endsWith('.md'));
  const markdown = readFileSync(join(server.folders.exports, file!), 'utf8');
  expect(markdown).toContain(original);
  expect(markdown).not.toContain('sortant');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await insertion.getByRole('button', { name: desk.names.accept, exact: true }).click();
  await expect(desk.items).toHaveCount(1);
  await deletion.getByRole('button', { name: desk.names.reject, exact: true }).click();
  await expect(desk.items).toHaveCount(0);
  await expect(app.body).toHaveText('Le maire sortant a annoncé un budget en hausse.');
  await expect(app.body.locator('ins, del')).toHaveCount(0);

  // The mode is remembered for the article: after the reload the reviewer is still suggesting.
  await expect(desk.toggle).toHaveAttribute('aria-pressed', 'true');
  await desk.placeCursorAfter('en hausse');
  await page.keyboard.type(' nette');
  await desk.placeCursorAfter('annoncé ');
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Delete');
  await expect(desk.items).toHaveCount(2);
  await desk.panel.getByRole('button', { name: desk.names.acceptAll, exact: true }).click();
  await expect(desk.items).toHaveCount(0);
  await expect(app.body).toHaveText('Le maire sortant a annoncé budget en hausse nette.');
});

test('suggestion mode in English and French, light and dark (screenshots)', async ({
  app,
  page,
}) => {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 800 });
  await app.open();
  await setAuthor(app, 'Awa Ndiaye');
  const desk = new SuggestionsDesk(app);
  await suggest(app, desk);
  await page.screenshot({ path: join(screenshotFolder, 'suggestions-en.png') });
  await app.switchTheme('Dark');
  await page.screenshot({ path: join(screenshotFolder, 'suggestions-en-dark.png') });
  await app.switchLanguage('fr');
  await desk.openPanel();
  await expect(desk.insertion('sortant')).toBeVisible();
  await expect(desk.deletion('un')).toBeVisible();
  await expect(desk.toggle).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: join(screenshotFolder, 'suggestions-fr-dark.png') });
  await app.switchTheme('Clair');
  await page.keyboard.press('ControlOrMeta+E');
  await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
  await page.screenshot({ path: join(screenshotFolder, 'suggestions-fr-export.png') });
  await page.keyboard.press('Escape');
  await desk.showView(desk.names.finalText);
  await page.screenshot({ path: join(screenshotFolder, 'suggestions-fr.png') });
});
