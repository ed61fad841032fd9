import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { EditorPage } from '../pages/editor-page';
import { MetadataPanel } from '../pages/metadata-panel';
import { screenshotFolder } from '../pages/screenshot-folder';
import { StatusWorkflow } from '../pages/status-workflow';

for (const language of ['en', 'fr'] as const) {
  test(`the standfirst sits between headline and body, and both get French typography as you type (${language})`, async ({
    app,
    page,
  }) => {
    mkdirSync(screenshotFolder, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    const panel = new MetadataPanel(page, app);
    await app.open();
    await app.switchLanguage(language);
    await app.createArticle('Crue', 'La ville se réveille sous les eaux.');

    await app.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(" à Saint-Louis: l'alerte est levée?");
    await expect(app.headline).toHaveValue('Crue à Saint-Louis\u00A0: l’alerte est levée\u202F?');

    await panel.standfirst.click();
    await page.keyboard.type('Le maire dit "non" aux évacuations!');
    await expect(panel.standfirst).toHaveValue(
      'Le maire dit «\u202Fnon\u202F» aux évacuations\u202F!',
    );
    // Typing in the middle keeps the caret where the writer is.
    await page.keyboard.press('Home');
    await page.keyboard.type('Hier: ');
    await expect(panel.standfirst).toHaveValue(
      'Hier\u00A0: Le maire dit «\u202Fnon\u202F» aux évacuations\u202F!',
    );

    const headlineBox = await app.headline.boundingBox();
    const standfirstBox = await panel.standfirst.boundingBox();
    const bodyBox = await app.body.boundingBox();
    expect(standfirstBox!.y).toBeGreaterThan(headlineBox!.y + headlineBox!.height - 1);
    expect(bodyBox!.y).toBeGreaterThan(standfirstBox!.y + standfirstBox!.height - 1);
    await expect(
      panel.root.getByRole('textbox', { name: panel.names.standfirst, exact: true }),
    ).toHaveCount(0);
    await page.screenshot({
      path: join(screenshotFolder, `writing-aids-standfirst-${language}.png`),
    });

    await app.waitUntilSaved();
    await page.reload();
    await app.articleList.getByRole('listitem').first().click();
    await expect(app.headline).toHaveValue('Crue à Saint-Louis\u00A0: l’alerte est levée\u202F?');
    await expect(panel.standfirst).toHaveValue(
      'Hier\u00A0: Le maire dit «\u202Fnon\u202F» aux évacuations\u202F!',
    );
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`the table button asks the size and the header row; the pull-quote button says it quotes the selection (${language})`, async ({
    app,
    page,
  }) => {
    mkdirSync(screenshotFolder, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.open();
    await app.switchLanguage(language);
    await app.createArticle('Budget', 'Les chiffres du budget. Le Mali emprunte.');
    const editor = new EditorPage(app);

    await editor.select('Le Mali emprunte.');
    await editor.runCommand(editor.names.pullQuote);
    const quoteDialog = editor.dialog(editor.names.pullQuote);
    await expect(quoteDialog).toBeVisible();
    await quoteDialog.getByRole('button', { name: editor.names.quoteSelection }).click();
    await expect(app.body.locator('aside[data-type="pull-quote"]')).toContainText(
      'Le Mali emprunte.',
    );

    await app.body.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await editor.runCommand(editor.names.insertTable);
    const tableDialog = editor.dialog(editor.names.tableDialog);
    // Keyboard alone: the rows field has the focus, Tab moves on, Space unticks, Enter inserts.
    await expect(tableDialog.getByRole('spinbutton', { name: editor.names.rows })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await expect(tableDialog.getByRole('checkbox', { name: editor.names.headerRow })).toBeChecked();
    await page.screenshot({ path: join(screenshotFolder, `writing-aids-table-${language}.png`) });
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(tableDialog).toBeHidden();

    const table = app.body.locator('table');
    await expect(table.locator('tr')).toHaveCount(2);
    await expect(table.locator('tr').first().locator('td')).toHaveCount(4);
    await expect(table.locator('th')).toHaveCount(0);

    await editor.runCommand(editor.names.insertTable);
    await page.keyboard.press('Enter');
    await expect(app.body.locator('table').nth(1).locator('tr').first().locator('th')).toHaveCount(
      3,
    );
  });
}

const profiles = {
  en: { name: 'Chef Ndiaye', role: 'Editor', bylineRole: 'Editor' },
  fr: { name: 'Chef Ndiaye', role: 'Secrétaire de rédaction', bylineRole: 'Éditeur' },
} as const;

for (const language of ['en', 'fr'] as const) {
  test(`the first byline of a new article is the profile’s name and role (${language})`, async ({
    app,
    page,
  }) => {
    const profile = profiles[language];
    const panel = new MetadataPanel(page, app);
    await app.open();
    await app.switchLanguage(language);
    await new StatusWorkflow(app).setProfile(profile.name, profile.role);
    await app.createArticle('Crue', 'La ville se réveille sous les eaux.');

    await expect(panel.bylineNames).toHaveCount(1);
    await expect(panel.bylineNames).toHaveValue(profile.name);
    await expect(panel.bylineRoles).toHaveValue('editor');
    await expect(panel.bylineRoles.locator('option:checked')).toHaveText(profile.bylineRole);
  });
}
