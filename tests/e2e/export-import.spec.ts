import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChooser, Page } from '@playwright/test';
import { corpusPath } from '../corpus/corpus-files';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { EditorPage } from '../pages/editor-page';
import { screenshotFolder } from '../pages/screenshot-folder';

const hostileFile = corpusPath('hostile', '01-img-onerror.html');

const first = { headline: 'Élection à Thiès', body: 'Les électeurs ont voté dans le calme.' };
const second = {
  headline: 'Grève des enseignants',
  body: 'Le mouvement entre dans sa deuxième semaine.',
};

const names = {
  en: { export: 'Export…', dialog: 'Export', library: 'Library' },
  fr: {
    export: 'Exporter…',
    dialog: 'Exporter',
    library: 'Bibliothèque',
  },
};

const listExportButton = (app: CopydeskPage) =>
  app.page
    .getByRole('region', { name: names[app.language].library, exact: true })
    .getByRole('button', { name: names[app.language].export, exact: true });

const exportDialog = (app: CopydeskPage) =>
  app.page.getByRole('dialog', { name: names[app.language].dialog, exact: true });

const importThroughChooser = async (page: Page, files: Parameters<FileChooser['setFiles']>[0]) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  await (await chooser).setFiles(files);
};

test('two ticked articles export to Markdown with front matter, with progress', async ({
  app,
  page,
  server,
}) => {
  await app.open();
  await app.createArticle(first.headline, first.body);
  await app.createArticle(second.headline, second.body);

  await page.getByRole('checkbox', { name: `Select ${first.headline}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Select ${second.headline}`, exact: true }).check();
  await listExportButton(app).click();

  const dialog = exportDialog(app);
  await expect(dialog.getByRole('radio', { name: 'Selected articles (2)' })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Format', exact: true }).selectOption({
    label: 'Markdown',
  });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  const progress = dialog.getByRole('progressbar', { name: 'Export progress', exact: true });
  await expect(progress).toHaveAttribute('aria-valuenow', '2');
  await expect(dialog.getByText('Done: 2 files written.', { exact: true })).toBeVisible();

  const written = readdirSync(server.folders.exports).filter((name) => name.endsWith('.md'));
  expect(written).toHaveLength(2);
  const texts = written.map((name) => readFileSync(join(server.folders.exports, name), 'utf8'));
  for (const { headline, body } of [first, second]) {
    const text = texts.find((candidate) => candidate.includes(body));
    expect(text, `${headline} was exported`).toBeDefined();
    expect(text).toMatch(/^---\n/);
    expect(text).toContain(`title: ${headline}`);
  }
  const paths = dialog.getByRole('list', { name: 'Files written', exact: true });
  await expect(paths.getByRole('listitem')).toHaveCount(2);
  for (const name of written) {
    await expect(paths.getByRole('listitem').filter({ hasText: name })).toHaveText(
      join(server.folders.exports, name),
    );
  }
});

test('the export dialog in English and French (screenshots)', async ({ app, page }) => {
  mkdirSync(screenshotFolder, { recursive: true });
  await app.open();
  await app.createArticle(first.headline, first.body);
  for (const language of ['en', 'fr'] as const) {
    if (language === 'fr') await app.switchLanguage('fr');
    await listExportButton(app).click();
    const dialog = exportDialog(app);
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: join(screenshotFolder, `export-dialog-${language}.png`) });
    await dialog.getByRole('button', { name: app.names.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  await page.keyboard.press('ControlOrMeta+E');
  await expect(exportDialog(app)).toBeVisible();
  await expect(exportDialog(app).getByRole('radio', { name: 'Cet article' })).toBeChecked();
});

test('a Markdown file imported with the file chooser becomes the open article', async ({
  app,
  page,
}) => {
  await app.open();
  const markdown = '---\ntitle: Inondations à Dakar\n---\n\nLes pluies ont duré toute la nuit.\n';
  await importThroughChooser(page, {
    name: 'inondations.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(markdown),
  });
  await expect(app.articleRow('Inondations à Dakar')).toBeVisible();
  await expect(app.headline).toHaveValue('Inondations à Dakar');
  await expect(app.body).toHaveText('Les pluies ont duré toute la nuit.');
  await expect(page.getByText('1 article imported.', { exact: true })).toBeVisible();
});

test('a hostile HTML file imports without its script; a refused file is listed', async ({
  app,
  page,
}) => {
  await app.open();
  await importThroughChooser(page, [
    {
      name: '01-img-onerror.html',
      mimeType: 'text/html',
      buffer: readFileSync(hostileFile),
    },
    { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') },
  ]);
  await expect(app.body).toHaveText('Texte témoin 01.');
  await expect(app.body.locator('script, [onerror]')).toHaveCount(0);
  const report = page.getByRole('region', { name: 'Import report', exact: true });
  await expect(report.getByRole('alert')).toContainText('1 file was not imported:');
  await expect(report.getByRole('listitem')).toContainText('notes.pdf: Cannot import notes.pdf');
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('a file nested too deeply is refused with its reason; the next file imports', async ({
  app,
  page,
}) => {
  await app.open();
  // Lists nested 2,000 deep by indentation alone: once, enough to exhaust the server's memory.
  const nested = Array.from({ length: 2_000 }, (_, level) => `${' '.repeat(2 * level)}- point`);
  await importThroughChooser(page, [
    { name: 'reportage.md', mimeType: 'text/markdown', buffer: Buffer.from(nested.join('\n')) },
    { name: 'suite.md', mimeType: 'text/markdown', buffer: Buffer.from('# La suite\n\nTexte.') },
  ]);
  const report = page.getByRole('region', { name: 'Import report', exact: true });
  await expect(report.getByRole('listitem')).toContainText(
    'reportage.md: Cannot import reportage.md: lists nested 2,000 deep; Copydesk accepts 32.',
  );
  await expect(app.headline).toHaveValue('La suite');
});

test('files dropped on the article list are imported', async ({ app, page }) => {
  await app.open();
  await app.createArticle(first.headline, first.body);
  const send = (type: 'dragenter' | 'drop') =>
    app.articleList.evaluate((list, kind) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['Marché de Sandaga\n\nLes commerçants rouvrent.'], 'sandaga.txt'),
      );
      list.dispatchEvent(
        new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    }, type);
  await send('dragenter');
  await expect(page.getByText('Drop files to import', { exact: true })).toBeVisible();
  await send('drop');
  await expect(page.getByText('Drop files to import', { exact: true })).toBeHidden();
  await expect(app.articleRow('Marché de Sandaga')).toBeVisible();
  await expect(app.headline).toHaveValue('Marché de Sandaga');
});

test('Copy as Markdown puts the article in the clipboard', async ({
  app,
  page,
  context,
  server,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await app.open();
  await app.createArticle(first.headline, first.body);
  await page.getByRole('button', { name: 'Export this article', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Copy as Markdown', exact: true }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^---\n/);
  expect(copied).toContain(`title: ${first.headline}`);
  expect(copied).toContain(first.body);
});

test('Print… lays the open article out for paper, without the app around it', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createArticle(first.headline, first.body);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Export this article', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Print…', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Print view', exact: true });
  await expect(printed.getByRole('heading', { level: 1, name: first.headline })).toBeVisible();
  await expect(printed.getByText(first.body, { exact: true })).toBeVisible();
  await expect(app.newArticleButton).toBeHidden();
  await expect(app.headline).toBeHidden();
});

test('Print adds a link address after its text, unless the text already is the address', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createArticle(first.headline, 'Lire le rapport sur https://example.org/a ce soir.');
  const editor = new EditorPage(app);
  await editor.select('rapport');
  await editor.addLink('https://example.org/r');
  await expect(app.body.locator('a')).toHaveCount(2);
  await app.waitUntilSaved();
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Export this article', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Print…', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Print view', exact: true });
  // The ::after content is part of a link's accessible name in the print view.
  await expect(
    printed.getByRole('link', { name: 'rapport (https://example.org/r)', exact: true }),
  ).toBeVisible();
  await expect(
    printed.getByRole('link', { name: 'https://example.org/a', exact: true }),
  ).toBeVisible();
});
