import { expect, test } from '../fixtures/copydesk-test';
import { EditorPage } from '../pages/editor-page';

// Browser mode: the page binds the app commands itself (Electron's menu does it there).
test('on the desk Ctrl+F finds in the article, Ctrl+Shift+F searches the list', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createArticle('Conseil municipal', 'Le budget est adopté.');
  const editor = new EditorPage(app);

  await app.body.click();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(editor.findBox).toBeFocused();
  await expect(app.searchBox).not.toBeFocused();

  await app.body.click();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(app.searchBox).toBeFocused();
});

test('Ctrl+Alt+N starts a new article in a browser, as its button says', async ({ app, page }) => {
  await app.open();
  await app.createArticle('Marché couvert', 'Les travaux reprennent.');
  await expect(app.newArticleButton).toHaveAttribute(
    'aria-keyshortcuts',
    /^(Control|Meta)\+Alt\+N$/,
  );

  await page.keyboard.press('ControlOrMeta+Alt+n');
  await expect(app.headline).toHaveValue('');
  await expect(app.articleRow('Marché couvert')).toBeVisible();
});
