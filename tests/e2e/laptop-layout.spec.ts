import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { LaptopLayout } from '../pages/laptop-layout';
import { MetadataPanel } from '../pages/metadata-panel';
import type { UiLanguage } from '../pages/ui-names';

const headline = 'Mali–Maroc : des chauffeurs marocains enlevés';
const body = 'Les chauffeurs ont été libérés samedi, selon leur employeur.';

async function openWithDetails(app: CopydeskPage, language: UiLanguage): Promise<MetadataPanel> {
  await app.open();
  await app.switchLanguage(language);
  await app.createArticle(headline, body);
  const layout = new LaptopLayout(app.page, app);
  // The panel may already be open (the app remembers it).
  if (await layout.detailsButton.isVisible()) await layout.detailsButton.click();
  const panel = new MetadataPanel(app.page, app);
  await expect(panel.root).toBeVisible();
  return panel;
}

const laptops = [
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
] as const;

for (const language of ['fr', 'en'] as const) {
  for (const size of laptops) {
    test(`at ${size.width}×${size.height} with the details open, the text keeps 60 % of the height and 560 px (${language})`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize(size);
      const panel = await openWithDetails(app, language);
      const layout = new LaptopLayout(page, app);

      const area = await layout.writingArea();
      test.info().annotations.push({ type: 'writing area', description: JSON.stringify(area) });
      expect(area.height).toBeGreaterThanOrEqual(0.6 * size.height);
      expect(area.width).toBeGreaterThanOrEqual(560);
      // The panel never covers the text.
      const panelBox = await panel.root.boundingBox();
      expect(panelBox).not.toBeNull();
      const apart =
        area.x + area.width <= panelBox!.x + 1 || panelBox!.x + panelBox!.width <= area.x + 1;
      expect(apart).toBe(true);
      expect(await layout.pageOverflow()).toEqual({ horizontal: false });
    });
  }

  test(`the readiness checklist folds into a badge and exports share one menu, Copy as HTML one click away (${language})`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.open();
    await app.switchLanguage(language);
    await app.createArticle(headline, body);
    const layout = new LaptopLayout(page, app);

    await expect(layout.readinessList).toBeHidden();
    await layout.readinessBadge.click();
    await expect(layout.readinessList).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(layout.readinessList).toBeHidden();
    await expect(layout.readinessBadge).toBeFocused();

    await expect(layout.copyHtmlButton).toBeVisible();
    await expect(layout.menuItem(layout.names.print)).toHaveCount(0);
    await layout.exportMenuButton.click();
    for (const name of [layout.names.export, layout.names.copyMarkdown, layout.names.exportPdf]) {
      await expect(layout.menuItem(name)).toBeVisible();
    }
    await expect(layout.menuItem(layout.names.print)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(layout.menuItem(layout.names.print)).toHaveCount(0);
    await expect(layout.exportMenuButton).toBeFocused();
  });
}
