import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { EditorPage } from '../pages/editor-page';
import { LaptopLayout } from '../pages/laptop-layout';
import { clippedControls, lowContrastTexts } from '../pages/layout-checks';
import { MetadataPanel } from '../pages/metadata-panel';
import { screenshotFolder } from '../pages/screenshot-folder';
import type { UiLanguage } from '../pages/ui-names';

const sizes = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

const names = {
  en: {
    light: 'Light',
    dark: 'Dark',
    photographer: 'Photographer',
    exportDialog: 'Export',
    format: 'Format',
    html: 'HTML document',
    startExport: 'Export',
    filesWritten: 'Files written',
    replace: 'Replace',
    compare: 'Compare',
    show: 'Show differences',
    fullWidth: 'Full width',
    differences: 'Differences',
    versionsPanel: 'Versions',
    typographyProfile: 'Typography profile',
    conflict: 'This article was changed elsewhere (another window or tab).',
  },
  fr: {
    light: 'Clair',
    dark: 'Sombre',
    photographer: 'Photographe',
    exportDialog: 'Exporter',
    format: 'Format',
    html: 'Document HTML',
    startExport: 'Exporter',
    filesWritten: 'Fichiers écrits',
    replace: 'Remplacer',
    compare: 'Comparer',
    show: 'Afficher les différences',
    fullWidth: 'Pleine largeur',
    differences: 'Différences',
    versionsPanel: 'Versions',
    typographyProfile: 'Profil typographique',
    conflict: 'Cet article a été modifié ailleurs (une autre fenêtre ou un autre onglet).',
  },
} as const;

const headline = 'Mali–Maroc : des chauffeurs marocains enlevés';
const body = 'Les chauffeurs ont été libérés samedi, selon leur employeur.';
const quoted =
  'Ils avaient été enlevés mardi à la frontière, alors qu’ils convoyaient des marchandises.';

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotFolder, `${name}.png`) });

/** What every screenshot must also show: nothing sideways, no label cut, every text readable. */
async function expectSoundScreen(app: CopydeskPage, what: string): Promise<void> {
  const layout = new LaptopLayout(app.page, app);
  expect(await layout.pageOverflow(), `${what}: page overflow`).toEqual({ horizontal: false });
  expect(await clippedControls(app.page.locator('body')), `${what}: clipped controls`).toEqual([]);
  expect(await lowContrastTexts(app.page), `${what}: contrast`).toEqual([]);
}

async function writeArticleWithDetails(app: CopydeskPage, language: UiLanguage): Promise<void> {
  await app.createArticle(headline, body);
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.insertText(quoted);
  const editor = new EditorPage(app);
  await editor.select(quoted);
  await editor.runCommand(editor.names.pullQuote);
  await editor
    .dialog(editor.names.pullQuote)
    .getByRole('button', { name: editor.names.quoteSelection })
    .click();
  await expect(app.body.locator('aside[data-type="pull-quote"]')).toBeVisible();

  const layout = new LaptopLayout(app.page, app);
  if (await layout.detailsButton.isVisible()) await layout.detailsButton.click();
  const panel = new MetadataPanel(app.page, app);
  await expect(panel.root).toBeVisible();
  await panel.button(panel.names.addByline).click();
  await panel.bylineRoles.last().selectOption({ label: names[language].photographer });
  await app.waitUntilSaved();
}

for (const language of ['fr', 'en'] as const) {
  test(`the library with an article and its details, at four sizes and in both themes, is whole and readable (${language})`, async ({
    app,
    page,
  }) => {
    test.setTimeout(240_000);
    mkdirSync(screenshotFolder, { recursive: true });
    await page.setViewportSize(sizes[1]);
    await app.open();
    await app.switchLanguage(language);
    await writeArticleWithDetails(app, language);
    const layout = new LaptopLayout(page, app);
    const panel = new MetadataPanel(page, app);

    // One bar beside a pull quote: the aside's, not the blockquote's as well.
    const bars = await app.body
      .locator('aside[data-type="pull-quote"], aside[data-type="pull-quote"] *')
      .evaluateAll(
        (elements) =>
          elements.filter((element) => getComputedStyle(element).borderInlineStartWidth !== '0px')
            .length,
      );
    expect(bars).toBe(1);

    for (const theme of ['light', 'dark'] as const) {
      await app.switchTheme(names[language][theme]);
      for (const size of sizes) {
        await page.setViewportSize(size);
        await expect(panel.root).toBeVisible();
        const what = `${size.width}×${size.height} ${theme}`;
        await shoot(page, `library-${size.width}x${size.height}-${language}-${theme}`);

        const area = await layout.writingArea();
        expect(area.width, `${what}: text width`).toBeGreaterThanOrEqual(560);
        expect(area.height, `${what}: text height`).toBeGreaterThanOrEqual(0.6 * size.height);
        const panelBox = (await panel.root.boundingBox())!;
        const apart =
          area.x + area.width <= panelBox.x + 1 || panelBox.x + panelBox.width <= area.x + 1;
        expect(apart, `${what}: the panel leaves the text uncovered`).toBe(true);
        await expectSoundScreen(app, what);
      }
      // The failed checks are read in the danger colour, on the popover's background.
      await layout.readinessBadge.click();
      await expect(layout.readinessList).toBeVisible();
      await shoot(page, `readiness-1920x1080-${language}-${theme}`);
      await expectSoundScreen(app, `readiness ${theme}`);
      await page.keyboard.press('Escape');
    }

    // Wide screens give the panel their extra width.
    await page.setViewportSize(sizes[1]);
    const laptopPanel = (await panel.root.boundingBox())!.width;
    await page.setViewportSize(sizes[3]);
    expect((await panel.root.boundingBox())!.width).toBeGreaterThan(laptopPanel + 60);
  });

  test(`the export menu, the files written and a full-width comparison, whole and readable (${language})`, async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    mkdirSync(screenshotFolder, { recursive: true });
    const words = names[language];
    await page.setViewportSize(sizes[0]);
    await app.open();
    await app.switchLanguage(language);
    await app.createArticle(headline, body);
    const layout = new LaptopLayout(page, app);

    for (const theme of ['light', 'dark'] as const) {
      await app.switchTheme(words[theme]);
      await layout.exportMenuButton.click();
      await expect(layout.menuItem(layout.names.print)).toBeVisible();
      await shoot(page, `export-menu-1024x700-${language}-${theme}`);
      await expectSoundScreen(app, `export menu ${theme}`);
      await page.keyboard.press('Escape');
      await layout.readinessBadge.click();
      await expect(layout.readinessList).toBeVisible();
      // The badge sits far right on a laptop: its checklist moves left to stay in the window.
      const checklist = (await layout.readinessList.boundingBox())!;
      expect(checklist.x).toBeGreaterThanOrEqual(0);
      expect(checklist.x + checklist.width).toBeLessThanOrEqual(sizes[0].width);
      await shoot(page, `readiness-1024x700-${language}-${theme}`);
      await expectSoundScreen(app, `readiness ${theme}`);
      await page.keyboard.press('Escape');
      await layout.exportMenuButton.click();
      await layout.menuItem(layout.names.export).click();

      const dialog = page.getByRole('dialog', { name: words.exportDialog, exact: true });
      await dialog
        .getByRole('combobox', { name: words.format, exact: true })
        .selectOption({ label: words.html });
      await dialog.getByRole('button', { name: words.startExport, exact: true }).click();
      // The dark round exports the same file again: the dialog asks first, and it is replaced.
      if (theme === 'dark') {
        await dialog.getByRole('button', { name: words.replace, exact: true }).click();
      }
      const written = dialog.getByRole('list', { name: words.filesWritten, exact: true });
      await expect(written.getByRole('listitem')).toHaveCount(1);
      await expect(written.getByRole('listitem')).toHaveText(/[/\\]mali-maroc[^/\\]*\.html$/);
      // The whole name shows, on its own line: nothing scrolls sideways inside the list.
      expect(await written.evaluate((list) => list.scrollWidth <= list.clientWidth)).toBe(true);
      await shoot(page, `export-files-written-1024x700-${language}-${theme}`);
      await expectSoundScreen(app, `files written ${theme}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }

    await page.getByRole('button', { name: app.names.versions, exact: true }).click();
    await page.getByRole('button', { name: app.names.saveVersion, exact: true }).click();
    await page.keyboard.insertText('v1');
    await page.keyboard.press('Enter');
    await app.appendToBody(' Une enquête est ouverte.');
    await app.waitUntilSaved();
    await page.getByRole('button', { name: words.compare, exact: true }).click();
    await page.getByRole('button', { name: words.show, exact: true }).click();
    const region = page.getByRole('region', { name: words.differences, exact: true });
    await expect(region.locator('ins', { hasText: 'enquête' })).toBeVisible();

    const fullWidth = page.getByRole('button', { name: words.fullWidth, exact: true });
    const versions = page.getByRole('complementary', { name: words.versionsPanel, exact: true });
    await fullWidth.click();
    await expect(fullWidth).toHaveAttribute('aria-pressed', 'true');
    const wide = (await versions.boundingBox())!;
    expect(wide.width).toBe(sizes[0].width);
    expect((await region.boundingBox())!.width).toBeGreaterThan(800);
    await shoot(page, `diff-full-width-1024x700-${language}-dark`);
    await expectSoundScreen(app, 'full-width comparison');

    await page.keyboard.press('Escape');
    await expect(fullWidth).toHaveAttribute('aria-pressed', 'false');
    expect((await versions.boundingBox())!.width).toBeLessThan(500);
    await fullWidth.click();
    await expect(fullWidth).toHaveAttribute('aria-pressed', 'true');
    await fullWidth.click();
    await expect(fullWidth).toHaveAttribute('aria-pressed', 'false');

    const settings = await app.openSettings();
    const profile = settings.root.getByRole('combobox', {
      name: words.typographyProfile,
      exact: true,
    });
    await expect(profile).toBeVisible();
    await shoot(page, `settings-1024x700-${language}-dark`);
    await expectSoundScreen(app, 'settings');
    await settings.close();

    // Someone else saved first: every save is refused as a conflict until the writer chooses.
    await page.route('**/api/articles:update', (route) =>
      route.fulfill({
        json: { ok: false, error: { code: 'conflict', message: 'Changed elsewhere.' } },
      }),
    );
    await app.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' hier');
    const conflict = page.getByRole('dialog', { name: words.conflict, exact: true });
    await expect(conflict).toBeVisible();
    await shoot(page, `conflict-1024x700-${language}-dark`);
    expect(await clippedControls(conflict), 'conflict dialog').toEqual([]);
    await expectSoundScreen(app, 'conflict dialog');
  });
}
