import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import type { CopydeskPage } from '../pages/copydesk-page';
import { MetadataPanel } from '../pages/metadata-panel';
import { ReviewDesk } from '../pages/review-desk';
import { screenshotFolder } from '../pages/screenshot-folder';
import { StatusWorkflow } from '../pages/status-workflow';

const headline = 'Crue du fleuve à Kayes';
const packageName = 'crue-du-fleuve-a-kayes.copydesk';
const firstDraft =
  'Le niveau du fleuve monte depuis lundi. Les habitants ont quitté leurs maisons.';
const finalText =
  'Le niveau du fleuve a monté de deux mètres depuis lundi. Les habitants ont quitté leurs maisons. ' +
  'La préfecture a ouvert un centre d’accueil.';

const desk = (app: CopydeskPage) => ({
  review: new ReviewDesk(app),
  workflow: new StatusWorkflow(app),
  metadata: new MetadataPanel(app.page, app),
});

test('a reporter and an editor, each with their own library, review one article offline until it is published', async ({
  app: reporter,
  server: reporterServer,
  colleague: editor,
  colleagueServer: editorServer,
}) => {
  const awa = desk(reporter);
  const chef = desk(editor);
  const fromReporter = join(reporterServer.folders.exports, packageName);
  const fromEditor = join(editorServer.folders.exports, packageName);

  // The reporter writes and submits, then sends the article for review.
  await reporter.open();
  await awa.workflow.setProfile('Awa Diop', 'Reporter');
  await reporter.createArticle(headline, firstDraft);
  await expect(awa.workflow.options).toHaveText(['Draft', 'Submit']);
  await awa.metadata.standfirst.fill('Des centaines de familles ont quitté leurs maisons.');
  await awa.metadata.button('Add byline').click();
  await awa.metadata.bylineNames.last().fill('Awa Diop');
  await reporter.waitUntilSaved();
  await awa.workflow.move('Submit', 'Submitted');
  await awa.review.sendForReview();

  // The editor opens the package in another library, comments, suggests and asks for changes.
  await editor.open();
  await chef.workflow.setProfile('Chef Ndiaye', 'Editor');
  await chef.review.importPackage(fromReporter, 'Added');
  // Her submission is signed by a key this library meets for the first time: the editor trusts it.
  await expect(chef.review.importReport).toContainText('1 status change could not be verified');
  await chef.review.trustSender('Awa Diop');
  await editor.openArticle(headline);
  await expect(chef.workflow.options.first()).toHaveText('Submitted');
  await expect(editor.body).toHaveText(firstDraft);
  await chef.review.addComment('lundi', 'Quelle source pour la hauteur ?');
  await chef.review.setSuggesting(true);
  await chef.review.editor.select('monte');
  await editor.page.keyboard.insertText('a monté de deux mètres');
  await editor.body.press('ControlOrMeta+End');
  await editor.page.keyboard.insertText(' La préfecture a ouvert un centre d’accueil.');
  await chef.review.setSuggesting(false);
  await chef.review.openSuggestionsPanel();
  // The replaced word is one suggestion (deletion and insertion together), the added sentence another.
  await expect(chef.review.suggestions).toHaveCount(2);
  await editor.waitUntilSaved();
  await editor.page.screenshot({
    path: join(screenshotFolder, 'review-loop-editor-suggests-en.png'),
  });
  await chef.workflow.move('Request changes', 'Changes requested');
  await chef.review.sendForReview();

  // Back on the reporter's machine: the package fast-forwards the untouched article.
  await awa.review.importPackage(fromEditor, 'Updated to the received version');
  await reporter.openArticle(headline);
  await awa.review.openSuggestionsPanel();
  await expect(awa.review.suggestions).toHaveCount(2);
  await awa.review.trustSender('Chef Ndiaye');
  await expect(awa.workflow.options).toHaveText(['Changes requested', 'Resubmit']);
  await expect(awa.review.suggestions).toHaveCount(2);
  await awa.review.suggestionsPanel
    .getByRole('button', { name: 'Accept all', exact: true })
    .click();
  await expect(awa.review.suggestions).toHaveCount(0);
  await expect(reporter.body).toHaveText(finalText);
  await awa.review.openCommentsPanel();
  await reporter.page.screenshot({
    path: join(screenshotFolder, 'review-loop-reporter-comments-en.png'),
  });
  await awa.review.reply('lundi', 'Chiffre de la préfecture, communiqué de lundi.');
  await awa.review.resolve('lundi');
  await expect(awa.review.thread('lundi')).toBeHidden();
  await reporter.waitUntilSaved();
  await awa.workflow.move('Resubmit', 'Submitted');
  await awa.review.sendForReview();

  // The editor takes the corrected article, approves and publishes it, and sends the final version back.
  await chef.review.importPackage(fromReporter, 'Updated to the received version');
  await editor.openArticle(headline);
  await expect(editor.body).toHaveText(finalText);
  await chef.workflow.move('Approve', 'Approved');
  await chef.workflow.move('Publish', 'Published');
  await chef.review.sendForReview();
  await awa.review.importPackage(fromEditor, 'Updated to the received version');
  await reporter.openArticle(headline);

  // Both libraries hold the same published article, with the whole discussion and history.
  for (const [app, people] of [
    [reporter, awa],
    [editor, chef],
  ] as const) {
    await expect(app.body).toHaveText(finalText);
    await expect(people.workflow.options.first()).toHaveText('Published');
    await people.review.openCommentsPanel();
    await app.page.getByRole('checkbox', { name: 'Show resolved', exact: true }).check();
    await expect(people.review.thread('lundi')).toContainText('Quelle source pour la hauteur ?');
    await expect(people.review.thread('lundi')).toContainText('Chiffre de la préfecture');
    await people.workflow.historyButton('Status history').click();
    await expect(people.workflow.history('Status history').getByRole('listitem')).toHaveText([
      /^Awa Diop .*Created → Draft/,
      /^Awa Diop \(Reporter\) .*Draft → Submitted/,
      /^Chef Ndiaye \(Editor\) .*Submitted → Changes requested/,
      /^Awa Diop \(Reporter\) .*Changes requested → Submitted/,
      /^Chef Ndiaye \(Editor\) .*Submitted → Approved/,
      /^Chef Ndiaye \(Editor\) .*Approved → Published/,
    ]);
  }
});
