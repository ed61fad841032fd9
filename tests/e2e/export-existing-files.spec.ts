import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { screenshotFolder } from '../pages/screenshot-folder';

const words = {
  en: {
    dialog: 'Export',
    thisArticle: 'This article',
    start: 'Export',
    done: 'Done: 1 file written.',
    question: '1 file of this export is already in',
    replace: 'Replace',
    keepBoth: 'Keep both',
    close: 'Close',
    folder: 'Folder (copy its path to open it)',
    showFolder: 'Show folder',
  },
  fr: {
    dialog: 'Exporter',
    thisArticle: 'Cet article',
    start: 'Exporter',
    done: 'Terminé\u00a0: 1 fichier écrit.',
    question: '1 fichier de cet export est déjà dans',
    replace: 'Remplacer',
    keepBoth: 'Garder les deux',
    close: 'Fermer',
    folder: 'Dossier (copiez son chemin pour l’ouvrir)',
    showFolder: 'Afficher le dossier',
  },
} as const;

for (const language of ['en', 'fr'] as const) {
  const word = words[language];

  const exportOpenArticle = async (app: CopydeskPage) => {
    await app.page.keyboard.press('ControlOrMeta+E');
    const dialog = app.page.getByRole('dialog', { name: word.dialog, exact: true });
    await dialog.getByRole('radio', { name: word.thisArticle, exact: true }).check();
    await dialog.getByRole('combobox', { name: 'Format', exact: true }).selectOption({
      label: 'Markdown',
    });
    await dialog.getByRole('button', { name: word.start, exact: true }).click();
    return dialog;
  };

  test(`${language}: exporting over an existing file asks: Replace, or Keep both`, async ({
    app,
    page,
    server,
  }) => {
    const folder = server.folders.exports;
    const markdownFiles = () =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .sort();
    await app.open();
    if (language === 'fr') await app.switchLanguage('fr');
    await app.createArticle('Crue du fleuve à Kayes', 'Le niveau monte depuis lundi.');

    let dialog = await exportOpenArticle(app);
    await expect(dialog.getByText(word.done, { exact: true })).toBeVisible();
    // Browser mode cannot open a file manager: the folder is shown as a path to copy.
    await expect(dialog.getByRole('textbox', { name: word.folder, exact: true })).toHaveValue(
      folder,
    );
    await expect(dialog.getByRole('button', { name: word.showFolder })).toHaveCount(0);
    await dialog.getByRole('button', { name: word.close, exact: true }).click();
    expect(markdownFiles()).toEqual(['crue-du-fleuve-a-kayes.md']);

    await app.appendToBody(' La digue tient.');
    await app.waitUntilSaved();
    dialog = await exportOpenArticle(app);
    const question = dialog.getByRole('alert');
    await expect(question).toContainText(word.question);
    await expect(question.getByRole('listitem')).toHaveText(['crue-du-fleuve-a-kayes.md']);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(screenshotFolder, `export-existing-${language}.png`) });
    await dialog.getByRole('button', { name: word.replace, exact: true }).click();
    await expect(dialog.getByText(word.done, { exact: true })).toBeVisible();
    expect(markdownFiles()).toEqual(['crue-du-fleuve-a-kayes.md']);
    expect(readFileSync(join(folder, 'crue-du-fleuve-a-kayes.md'), 'utf8')).toContain(
      'La digue tient.',
    );
    await dialog.getByRole('button', { name: word.close, exact: true }).click();

    dialog = await exportOpenArticle(app);
    await expect(dialog.getByRole('alert')).toContainText(word.question);
    await dialog.getByRole('button', { name: word.keepBoth, exact: true }).click();
    await expect(dialog.getByText(word.done, { exact: true })).toBeVisible();
    expect(markdownFiles()).toEqual(['crue-du-fleuve-a-kayes (2).md', 'crue-du-fleuve-a-kayes.md']);
  });
}
