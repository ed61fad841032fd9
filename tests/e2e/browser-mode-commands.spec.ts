import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { screenshotFolder } from '../pages/screenshot-folder';

const words = {
  en: {
    openLibrary: 'Open library…',
    newLibrary: 'New library…',
    backup: 'Back up library…',
    libraryHint: 'Browser mode works on the library it was started with.',
    backupInto: 'Backups go into',
    articleTools: 'Export this article',
    pdf: 'Export PDF… (print, then “Save as PDF”)',
    exportDialog: 'Export',
    savesInto: 'Browser mode saves the files into',
  },
  fr: {
    openLibrary: 'Ouvrir une bibliothèque…',
    newLibrary: 'Nouvelle bibliothèque…',
    backup: 'Sauvegarder la bibliothèque…',
    libraryHint: 'Le mode navigateur travaille sur la bibliothèque donnée à son lancement.',
    backupInto: 'Les sauvegardes sont enregistrées dans',
    articleTools: 'Exporter cet article',
    pdf: 'Exporter en PDF… (imprimer, puis «\u202fEnregistrer au format PDF\u202f»)',
    exportDialog: 'Exporter',
    savesInto: 'Le mode navigateur enregistre les fichiers dans',
  },
} as const;

for (const language of ['en', 'fr'] as const) {
  const word = words[language];

  test(`${language}: browser mode hides what needs a folder dialog and says where files go`, async ({
    app,
    page,
    server,
  }) => {
    await app.open();
    if (language === 'fr') await app.switchLanguage('fr');
    await app.createArticle('Crue du fleuve à Kayes', 'Le niveau monte depuis lundi.');

    const settings = await app.openSettings();
    await expect(settings.root.getByRole('button', { name: word.openLibrary })).toHaveCount(0);
    await expect(settings.root.getByRole('button', { name: word.newLibrary })).toHaveCount(0);
    await expect(settings.root.getByText(word.libraryHint)).toBeVisible();
    await expect(settings.root.getByRole('button', { name: word.backup })).toBeEnabled();
    await expect(settings.root.getByText(word.backupInto)).toContainText(server.folders.exports);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({
      path: join(screenshotFolder, `browser-mode-settings-${language}.png`),
    });
    await settings.close();

    // Open library has no key in browser mode, so the shortcuts help does not list it.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog').last();
    await expect(help).toBeVisible();
    await expect(help.getByText(word.openLibrary, { exact: true })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.getByRole('button', { name: word.articleTools, exact: true }).click();
    await expect(page.getByRole('menuitem', { name: word.pdf, exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.keyboard.press('ControlOrMeta+E');
    const exportDialog = page.getByRole('dialog', { name: word.exportDialog, exact: true });
    await expect(exportDialog.getByText(word.savesInto)).toContainText(server.folders.exports);
  });
}
