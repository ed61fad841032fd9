import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { EditorPage } from '../pages/editor-page';
import { screenshotFolder } from '../pages/screenshot-folder';

const headline = 'Bamako : le budget adopté';
const bodyText = 'Le budget du Mali a été adopté. Le Mali emprunte. Au Mali, la dette recule.';

test('Ctrl+B on a selected word makes it bold, and bold survives a reload', async ({
  app,
  page,
}) => {
  await app.open();
  await app.switchLanguage('en');
  await app.createArticle(headline, bodyText);
  const editor = new EditorPage(app);

  await editor.select('budget');
  await page.keyboard.press('ControlOrMeta+b');
  await expect(app.body.locator('strong')).toHaveText('budget');
  await expect(editor.toolbarButton('Bold')).toHaveAttribute('aria-pressed', 'true');
  await app.waitUntilSaved();

  await page.reload();
  await app.openArticle(headline);
  await expect(app.body.locator('strong')).toHaveText('budget');
  await expect(app.body).toHaveText(bodyText);
});

test('Ctrl+Alt+2 makes a heading, in French the toolbar says so', async ({ app, page }) => {
  await app.open();
  await app.switchLanguage('fr');
  await app.createArticle(headline, 'Les chiffres');
  const editor = new EditorPage(app);

  await page.keyboard.press('ControlOrMeta+Alt+2');
  await expect(app.body.locator('h2')).toHaveText('Les chiffres');
  await expect(editor.toolbarButton('Intertitre 2')).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.toolbarButton('Gras')).toHaveAttribute('aria-keyshortcuts', /B$/);
  await app.waitUntilSaved();
  await page.reload();
  await app.openArticle(headline);
  await expect(app.body.locator('h2')).toHaveText('Les chiffres');
});

for (const language of ['en', 'fr'] as const) {
  test(`Ctrl+K refuses a javascript: address with a message, then links a web address (${language})`, async ({
    app,
  }) => {
    await app.open();
    await app.switchLanguage(language);
    await app.createArticle(headline, bodyText);
    const editor = new EditorPage(app);

    await editor.select('dette');
    await editor.addLink('javascript:alert(1)');
    await expect(editor.linkDialog.getByRole('alert')).toHaveText(editor.names.linkRefused);
    await expect(editor.linkDialog).toBeVisible();
    await expect(app.body.locator('a')).toHaveCount(0);

    await editor.linkDialog.getByRole('textbox').fill('https://www.example.org/dette');
    await editor.linkDialog
      .getByRole('button', { name: editor.names.linkApply, exact: true })
      .click();
    await expect(editor.linkDialog).toBeHidden();
    await expect(app.body.locator('a')).toHaveText('dette');
    await expect(app.body.locator('a')).toHaveAttribute('href', 'https://www.example.org/dette');
  });

  test(`find and replace all is one undo step (${language})`, async ({ app, page }) => {
    await app.open();
    await app.switchLanguage(language);
    await app.createArticle(headline, bodyText);
    const editor = new EditorPage(app);

    await page.keyboard.press('ControlOrMeta+h');
    await expect(editor.findBox).toBeFocused();
    await editor.findBox.fill('mali');
    await expect(editor.findCount).toHaveText(editor.names.count(1, 3));
    await expect(app.body.locator('.find-match')).toHaveCount(3);
    await page.getByRole('checkbox', { name: editor.names.matchCase, exact: true }).check();
    await expect(editor.findCount).toHaveText(/^\D*$/);
    await page.getByRole('checkbox', { name: editor.names.matchCase, exact: true }).uncheck();
    await expect(editor.findCount).toHaveText(editor.names.count(1, 3));

    await editor.replaceBox.fill('Sénégal');
    await page.getByRole('button', { name: editor.names.replaceAll, exact: true }).click();
    await expect(app.body).toHaveText(bodyText.replaceAll('Mali', 'Sénégal'));

    await editor.findBox.press('Escape');
    await expect(editor.findBox).toBeHidden();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(app.body).toHaveText(bodyText);
  });
}

test('the selection menu applies the same commands; focus mode hides the list', async ({
  app,
  page,
}) => {
  await app.open();
  await app.switchLanguage('en');
  await app.createArticle(headline, bodyText);
  const editor = new EditorPage(app);

  await editor.select('emprunte');
  await expect(editor.selectionMenu).toBeVisible();
  await editor.selectionMenu.getByRole('button', { name: 'Italic', exact: true }).click();
  await expect(app.body.locator('em')).toHaveText('emprunte');

  await page.keyboard.press('ControlOrMeta+Shift+Period');
  await expect(app.articleList).toBeHidden();
  await expect(editor.toolbarButton('Focus mode')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(app.articleList).toBeVisible();
});

test('screenshots of the toolbar, selection menu and find bar', async ({ app, page }) => {
  test.setTimeout(180_000);
  mkdirSync(screenshotFolder, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 760 });
  await app.open();
  await app.createArticle(headline, bodyText);
  const editor = new EditorPage(app);
  const themes = { en: ['Light', 'Dark'], fr: ['Clair', 'Sombre'] } as const;
  for (const language of ['en', 'fr'] as const) {
    await app.switchLanguage(language);
    for (const [index, theme] of themes[language].entries()) {
      await app.switchTheme(theme);
      const name = `editor-${language}-${index === 0 ? 'light' : 'dark'}`;
      await editor.select('emprunte');
      await expect(editor.selectionMenu).toBeVisible();
      await page.screenshot({ path: join(screenshotFolder, `${name}-selection.png`) });
      await page.keyboard.press('ControlOrMeta+h');
      await editor.findBox.fill('mali');
      await expect(editor.findCount).toHaveText(editor.names.count(3, 3));
      await page.screenshot({ path: join(screenshotFolder, `${name}-find.png`) });
      await editor.findBox.press('Escape');
      await page.keyboard.press('ControlOrMeta+k');
      await page.screenshot({ path: join(screenshotFolder, `${name}-link.png`) });
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('ControlOrMeta+Shift+Period');
  await expect(app.articleList).toBeHidden();
  await page.screenshot({ path: join(screenshotFolder, 'editor-focus-mode.png') });
  await page.setViewportSize({ width: 760, height: 700 });
  await editor.toolbarButton('Plus de mise en forme').click();
  await page.screenshot({ path: join(screenshotFolder, 'editor-narrow-more.png') });
  await page.keyboard.press('Escape');
  await expect(app.articleList).toBeVisible();
});
