import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { KeyboardDesk } from '../pages/keyboard-desk';
import { screenshotFolder } from '../pages/screenshot-folder';
import type { UiLanguage } from '../pages/ui-names';

const openIn = async (app: CopydeskPage, language: UiLanguage): Promise<KeyboardDesk> => {
  await app.open();
  if (language !== app.language) await app.switchLanguage(language);
  return new KeyboardDesk(app);
};

/** Two articles; the keyboard goes from the newer row to the older one, "Marché couvert". */
const reachSecondRow = async (app: CopydeskPage, keyboard: KeyboardDesk): Promise<void> => {
  await app.createArticle('Marché couvert', 'Les travaux reprennent');
  await app.createArticle('Conseil municipal', 'Le budget est adopté');
  await app.articleRow('Conseil municipal').focus();
  const target = app.articleRow('Marché couvert');
  for (const key of ['ArrowDown', 'ArrowUp']) {
    if (await target.evaluate((row) => row === document.activeElement)) break;
    await keyboard.press(key);
  }
  await expect(target).toBeFocused();
};

for (const language of ['fr', 'en'] as const) {
  test(`? or F1 opens the shortcuts help, never while typing (${language})`, async ({
    app,
    page,
  }) => {
    const keyboard = await openIn(app, language);
    await app.createArticle('Conseil municipal', 'Le budget est adopté');

    await app.body.click();
    await page.keyboard.type('?');
    await expect(app.body).toContainText('?');
    await keyboard.expectHelpClosed();

    const row = app.articleRow('Conseil municipal');
    await row.focus();
    await page.keyboard.press('?');
    await expect(keyboard.shortcutsHelp).toBeVisible();
    await expect(keyboard.shortcutRow(keyboard.names.toggleSidePanel)).toContainText(
      /(Ctrl\+Alt\+P|⌘⌥P)/,
    );
    await expect(keyboard.shortcutRow(app.names.newArticle)).toContainText(/(Ctrl\+Alt\+N|⌘⌥N)/);
    await expect(keyboard.shortcutRow(app.names.search)).toContainText(/(Ctrl\+Shift\+F|⌘⇧F)/);
    await page.screenshot({ path: join(screenshotFolder, `keyboard-shortcuts-${language}.png`) });

    await page.keyboard.press('Escape');
    await keyboard.expectHelpClosed();
    await expect(row).toBeFocused();

    await page.keyboard.press('F1');
    await expect(keyboard.shortcutsHelp).toBeVisible();
    await keyboard.shortcutsHelp
      .getByRole('button', { name: keyboard.names.close, exact: true })
      .click();
    await keyboard.expectHelpClosed();
  });

  test(`from the list, typing lands in the body in under 5 key presses (${language})`, async ({
    app,
    page,
  }) => {
    const keyboard = await openIn(app, language);
    await reachSecondRow(app, keyboard);
    await keyboard.press('Enter');
    await page.keyboard.type('Mise à jour ');

    await expect(app.headline).toHaveValue('Marché couvert');
    await expect(app.body).toContainText('Mise à jour Les travaux reprennent');
    expect(keyboard.presses).toBeLessThan(5);
  });

  test(`on a slow machine no letter typed after Enter is lost (${language})`, async ({
    app,
    page,
  }) => {
    const keyboard = await openIn(app, language);
    await reachSecondRow(app, keyboard);
    // An old laptop on battery: the frame in which the body takes the caret comes late.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await keyboard.press('Enter');
    await page.keyboard.type('Mise à jour ');
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect(app.body).toContainText('Mise à jour Les travaux reprennent');
  });

  test(`skip links lead to the list and to the text (${language})`, async ({ app, page }) => {
    const keyboard = await openIn(app, language);
    await app.createArticle('Conseil municipal', 'Le budget est adopté');
    await page.reload();
    await expect(app.newArticleButton).toBeVisible();

    await page.keyboard.press('Tab');
    const skipToList = keyboard.skipLink('skipToList');
    if (!(await skipToList.evaluate((link) => link === document.activeElement))) {
      await expect(keyboard.skipLink('skipToArticle')).toBeFocused();
      await page.keyboard.press('Tab');
    }
    await expect(skipToList).toBeFocused();
    await expect(skipToList).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(app.articleRow('Conseil municipal')).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(app.headline).toHaveValue('Conseil municipal');
    const skipToArticle = keyboard.skipLink('skipToArticle');
    await skipToArticle.focus();
    await expect(skipToArticle).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ce soir, ');
    await expect(app.body).toContainText('Ce soir, Le budget');
  });

  test(`Ctrl+Alt+P hides the side panel and brings it back (${language})`, async ({
    app,
    page,
  }) => {
    const keyboard = await openIn(app, language);
    await app.createArticle('Conseil municipal', 'Le budget est adopté');
    await expect(keyboard.detailsPanel).toBeVisible();

    await app.body.click();
    await page.keyboard.press('ControlOrMeta+Alt+p');
    await expect(keyboard.detailsPanel).toBeHidden();
    await expect(app.body).toBeFocused();
    await page.keyboard.press('ControlOrMeta+Alt+p');
    await expect(keyboard.detailsPanel).toBeVisible();
  });

  test(`More formatting closes on Escape or a click outside, and gives the focus back (${language})`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const keyboard = await openIn(app, language);
    await app.createArticle('Conseil municipal', 'Le budget est adopté');

    await keyboard.moreFormattingButton.focus();
    await page.keyboard.press('Enter');
    await expect(keyboard.moreFormatting).toBeVisible();
    await expect(keyboard.moreFormatting.getByRole('button').first()).toBeFocused();
    await page.screenshot({ path: join(screenshotFolder, `keyboard-more-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(keyboard.moreFormatting).toBeHidden();
    await expect(keyboard.moreFormattingButton).toBeFocused();

    await keyboard.moreFormattingButton.click();
    await expect(keyboard.moreFormatting).toBeVisible();
    await app.headline.click();
    await expect(keyboard.moreFormatting).toBeHidden();
    await expect(app.headline).toBeFocused();
  });
}
