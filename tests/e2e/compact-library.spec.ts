import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { screenshotFolder } from '../pages/screenshot-folder';

const compaction = {
  en: {
    button: 'Compact library',
    done: /^Library compacted: \S+ \S+ before, \S+ \S+ now\. The backup taken first is (\S+\.sqlite)$/,
  },
  fr: {
    button: 'Compacter la bibliothèque',
    done: /^Bibliothèque compactée\s: \S+\s\S+ avant, \S+\s\S+ maintenant\. La sauvegarde faite au préalable est (\S+\.sqlite)$/,
  },
} as const;

test('Compact library in Settings backs up beside the library, shows the sizes, and keeps the text', async ({
  app,
  page,
  server,
}) => {
  // Two language switches, two compactions and a reload: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  mkdirSync(screenshotFolder, { recursive: true });
  await app.open();
  const body = 'Le fleuve Sénégal a dépassé la cote d’alerte à Kayes. '.repeat(30).trim();
  await app.createArticle('Crue à Kayes', body);

  for (const language of ['en', 'fr'] as const) {
    await app.switchLanguage(language);
    const settings = await app.openSettings();
    const button = settings.root.getByRole('button', { name: compaction[language].button });
    await button.click();
    const status = settings.root.getByRole('status');
    await expect(status).toHaveText(compaction[language].done);
    const backup = compaction[language].done.exec((await status.textContent()) ?? '')?.[1] ?? '';
    expect(backup.startsWith(server.folders.library)).toBe(true);
    expect(existsSync(backup)).toBe(true);
    await expect(button).toBeEnabled();
    await button.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotFolder, `compact-library-${language}.png`) });
    await settings.close();
  }

  await page.reload();
  await app.openArticle('Crue à Kayes');
  await expect(app.body).toHaveText(body);
});
