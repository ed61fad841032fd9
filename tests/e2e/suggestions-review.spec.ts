import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { MetadataPanel } from '../pages/metadata-panel';
import { screenshotFolder } from '../pages/screenshot-folder';
import { SuggestionsDesk } from '../pages/suggestions-desk';

for (const language of ['en', 'fr'] as const) {
  test(`suggestions are reviewable while suggesting (${language})`, async ({ app, page }) => {
    mkdirSync(screenshotFolder, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.open();
    const settings = await app.openSettings();
    await settings.authorName.fill('Awa Ndiaye');
    await settings.close();
    if (language === 'fr') await app.switchLanguage('fr');
    const desk = new SuggestionsDesk(app);
    const counts = new MetadataPanel(page, app).counts;
    await app.createArticle('Mali–Maroc', 'Le match a lieu samedi au stade.');
    await expect.poll(() => counts.innerText()).toContain('42');
    const originalCounts = await counts.innerText();

    // The reviewer opens the panel, then suggests: the list follows as they type.
    await desk.openPanel();
    await desk.setSuggesting(true);
    await desk.placeCursorAfter('au stade.');
    await page.keyboard.type(" C'est l'urgence.");
    await expect(desk.items).toHaveCount(1);
    await expect(desk.insertion(' C’est l’urgence.')).toBeVisible();

    // Typing over a selected word is one replacement.
    await desk.selectText('samedi');
    await page.keyboard.type('vendredi');
    await expect(desk.items).toHaveCount(2);
    const replacement = desk.replacement('samedi', 'vendredi');
    await expect(replacement).toBeVisible();
    await expect(desk.toggle).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: join(screenshotFolder, `suggestions-review-${language}.png`) });

    // Counts with suggestions shown are those of the final text (measured once typing pauses).
    await expect.poll(() => counts.innerText()).not.toBe(originalCounts);
    await expect.poll(() => counts.innerText()).toContain('61 signes');
    const pendingCounts = await counts.innerText();
    await replacement.getByRole('button', { name: desk.names.accept, exact: true }).click();
    await expect(desk.items).toHaveCount(1);
    await expect(app.body).toContainText('a lieu vendredi au stade.');
    await expect(app.body.locator('del')).toHaveCount(0);
    await desk.panel.getByRole('button', { name: desk.names.acceptAll, exact: true }).click();
    await expect(desk.items).toHaveCount(0);
    await expect(app.body).toHaveText('Le match a lieu vendredi au stade. C’est l’urgence.');
    await expect.poll(() => counts.innerText()).toBe(pendingCounts);
  });
}
