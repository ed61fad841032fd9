import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { ReviewDesk } from '../pages/review-desk';
import { StatusWorkflow } from '../pages/status-workflow';
import { screenshotFolder } from '../pages/screenshot-folder';

const headline = 'Crue du fleuve à Kayes';

test('comments: add on a word, reply, resolve and reopen; they survive edits and a reload', async ({
  app,
}) => {
  const { page } = app;
  const desk = new ReviewDesk(app);
  await app.open();
  await new StatusWorkflow(app).setProfile('Awa Diop', 'Editor');
  await app.createArticle(headline, 'Le niveau du fleuve monte depuis lundi soir.');
  const workflow = new StatusWorkflow(app);
  /** Reads the "No open comment" check, then closes the readiness popover over the toolbar. */
  const expectOpenComments = async (text: string) => {
    const check = (await workflow.readiness())
      .getByRole('listitem')
      .filter({ hasText: 'No open comment' });
    await expect(check).toContainText(text);
    await page.keyboard.press('Escape');
    await expect(check).toBeHidden();
  };
  await expectOpenComments('✓');

  // The shortcut opens the same form as the toolbar button.
  await desk.editor.select('lundi');
  await page.keyboard.press('ControlOrMeta+Alt+m');
  await page.getByRole('textbox', { name: 'Comment', exact: true }).fill('Quel jour exactement ?');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await desk.addComment('fleuve', 'Quel fleuve ? Le Sénégal ?');

  const thread = desk.thread('fleuve');
  await expect(thread).toContainText('Awa Diop');
  await expect(desk.commentsPanel.getByRole('article')).toHaveCount(2);
  // Reading order, not the order they were written in.
  await expect(desk.commentsPanel.getByRole('article').first()).toHaveAccessibleName(/^fleuve/);
  await expect(app.body.locator('span[data-comment-thread]')).toHaveText(['fleuve', 'lundi']);
  await expect(app.body.locator('.comment-anchor-focused')).toHaveText('fleuve');
  await expectOpenComments('✗');
  await expectOpenComments('2 open');
  await expect(page.getByRole('button', { name: /^Comments/ })).toHaveText('Comments (2)');

  await desk.reply('fleuve', 'Oui, le Sénégal.');
  await desk.resolve('fleuve');
  await expect(thread).toBeHidden();
  await expectOpenComments('1 open');
  const showResolved = desk.commentsPanel.getByRole('checkbox', { name: 'Show resolved' });
  await showResolved.check();
  await expect(thread).toBeVisible();
  await expect(thread).toContainText('Resolved by Awa Diop');
  await thread.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expectOpenComments('2 open');

  // Deleting the commented text keeps the thread, listed last and labelled.
  await desk.editor.select(' soir');
  await page.keyboard.press('Backspace');
  await desk.editor.select('lundi');
  await page.keyboard.press('Backspace');
  const orphan = desk.thread('lundi');
  await expect(orphan).toContainText('The commented text was deleted');
  await expect(desk.commentsPanel.getByRole('article').last()).toHaveAccessibleName(/^lundi/);

  // Typing before the anchor moves it along; after a reload the thread and its highlight remain.
  await app.body.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('Alerte : ');
  await app.waitUntilSaved();
  await page.reload();
  await app.openArticle(headline);
  await expect(app.body).toHaveText('Alerte : Le niveau du fleuve monte depuis .');
  await desk.openCommentsPanel();
  await expect(thread).toContainText('Oui, le Sénégal.');
  await expect(app.body.locator('.comment-anchor-open')).toHaveText('fleuve');
  await thread.getByRole('button', { name: 'fleuve' }).click();
  await expect(app.body.locator('.comment-anchor-focused')).toHaveText('fleuve');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('fleuve');

  await page.screenshot({ path: join(screenshotFolder, 'comments-en.png') });
  await desk.resolve('fleuve');
  await desk.resolve('lundi');
  await expectOpenComments('✓');

  await app.switchLanguage('fr');
  const panel = page.getByRole('complementary', { name: 'Commentaires', exact: true });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: /^Commentaires/ }).click();
  await panel.getByRole('checkbox', { name: 'Afficher les résolus' }).check();
  await expect(panel.getByRole('button', { name: 'Rouvrir', exact: true })).toHaveCount(2);
  await expect(panel).toContainText('Le texte commenté a été supprimé');
  await page.screenshot({ path: join(screenshotFolder, 'comments-fr.png') });
});

test('Add comment needs selected text; without a profile name a comment is signed Anonymous', async ({
  app,
}) => {
  const { page } = app;
  const desk = new ReviewDesk(app);
  await app.open();
  await app.createArticle(headline, 'Le niveau du fleuve monte.');
  await desk.addComment('fleuve', 'Source ?');
  await expect(desk.thread('fleuve')).toContainText('Anonymous');
  await app.body.click();
  await page.keyboard.press('End');
  await expect(desk.editor.toolbarButton('Add comment')).toBeDisabled();
  await desk.editor.select('niveau');
  await expect(desk.editor.toolbarButton('Add comment')).toBeEnabled();
});
