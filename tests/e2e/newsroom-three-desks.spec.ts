import { expect, test } from '../fixtures/copydesk-test';
import { startNetworkCable, type NetworkCable } from '../fixtures/network-cable';
import { startNewsroomServe, type NewsroomServe } from '../fixtures/start-newsroom-serve';
import type { CopydeskPage } from '../pages/copydesk-page';
import { MetadataPanel } from '../pages/metadata-panel';
import { ReviewDesk } from '../pages/review-desk';
import { StatusWorkflow } from '../pages/status-workflow';

const headline = 'Crue du Niger';
const live = { timeout: 15_000 };

const desk = (app: CopydeskPage) => ({
  app,
  review: new ReviewDesk(app),
  workflow: new StatusWorkflow(app),
  metadata: new MetadataPanel(app.page, app),
  badge: app.page.locator('.newsroom-badge'),
});
type Desk = ReturnType<typeof desk>;

/** The profile (name and role), then Settings → "Connect to a newsroom server…". */
const join = async (
  { app, badge }: Desk,
  name: string,
  roleLabel: string,
  address: string,
  invitation: string,
): Promise<void> => {
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  const settings = await app.openSettings();
  await settings.authorName.fill(name);
  await settings.role.selectOption({ label: roleLabel });
  await settings.root.getByRole('button', { name: 'Connect to a newsroom server…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Connect to a newsroom server' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(address);
  await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(badge).toHaveText(`Connected as ${name} (${roleLabel})`);
};

/** A reporter's desk never offers the editors' moves. */
const offersNoEditorMoves = async ({ workflow }: Desk): Promise<void> => {
  await expect(workflow.moveButton('Approve')).toHaveCount(0);
  await expect(workflow.moveButton('Publish')).toHaveCount(0);
};

test.describe('a newsroom of three desks', () => {
  let newsroom: NewsroomServe;
  /** The reporter's own network link to the server. */
  let cable: NetworkCable;
  test.beforeEach(async () => {
    newsroom = await startNewsroomServe();
    cable = await startNetworkCable(newsroom.address);
  });
  test.afterEach(async () => {
    await cable.close();
    await newsroom.stop();
  });

  test.setTimeout(180_000);
  test('reporter, editor and chief editor take a story from draft to published while the reporter is offline for part of it, then correct it through an outage', async ({
    app,
    colleague,
    third,
  }) => {
    const awa = desk(app);
    const moussa = desk(colleague);
    const fatou = desk(third);
    await join(
      awa,
      'Awa Diop',
      'Reporter',
      cable.address,
      newsroom.addUser('Awa Diop', 'reporter'),
    );
    await join(
      moussa,
      'Moussa Traoré',
      'Editor',
      newsroom.address,
      newsroom.addUser('Moussa Traoré', 'editor'),
    );
    await join(
      fatou,
      'Fatou Sow',
      'Chief editor',
      newsroom.address,
      newsroom.addUser('Fatou Sow', 'chief_editor'),
    );

    // The reporter files a draft; the two others see it arrive.
    await app.createArticle(headline, 'Le fleuve monte à Niamey.');
    await awa.metadata.standfirst.fill('Des centaines de familles quittent leurs maisons.');
    await awa.metadata.button('Add byline').click();
    await awa.metadata.bylineNames.last().fill('Awa Diop');
    await app.waitUntilSaved();
    await expect(awa.workflow.options).toHaveText(['Draft', 'Submit']);
    for (const { app: other } of [moussa, fatou]) {
      await expect(other.articleRow(headline)).toBeVisible(live);
      await other.openArticle(headline);
      await expect.poll(() => other.readBody(), live).toBe('Le fleuve monte à Niamey.');
    }

    // The editor comments and suggests while the reporter keeps typing at the end.
    await app.body.click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type(' Les digues');
    await moussa.review.addComment('Niamey', 'Quelle source pour la crue ?');
    await app.page.keyboard.type(' ont');
    await moussa.review.setSuggesting(true);
    await moussa.review.editor.select('monte');
    await colleague.page.keyboard.insertText('grossit');
    await moussa.review.setSuggesting(false);
    await app.page.keyboard.type(' cédé.');
    await expect.poll(() => colleague.readBody(), live).toContain('Les digues ont cédé.');

    // The reporter sees both live, answers the comment and takes the suggestion.
    await awa.review.openCommentsPanel();
    await expect(awa.review.thread('Niamey')).toContainText('Quelle source pour la crue ?', live);
    await awa.review.reply('Niamey', 'La mairie, ce matin.');
    await awa.review.resolve('Niamey');
    await awa.review.openSuggestionsPanel();
    await expect(awa.review.suggestionMode.replacement('monte', 'grossit')).toBeVisible(live);
    await awa.review.suggestionMode
      .replacement('monte', 'grossit')
      .getByRole('button', { name: 'Accept', exact: true })
      .click();
    await expect(awa.review.suggestions).toHaveCount(0);
    const reviewed = 'Le fleuve grossit à Niamey. Les digues ont cédé.';
    await expect.poll(() => app.readBody()).toBe(reviewed);
    await app.waitUntilSaved();
    for (const { app: other } of [moussa, fatou])
      await expect.poll(() => other.readBody(), live).toBe(reviewed);

    // The reporter submits; she is never offered approval or publication.
    await offersNoEditorMoves(awa);
    await awa.workflow.move('Submit', 'Submitted');
    await offersNoEditorMoves(awa);
    for (const { workflow } of [moussa, fatou])
      await expect(workflow.current).toHaveText('Submitted', live);

    // The reporter's network goes. She keeps writing while the editor approves.
    cable.unplug();
    await expect(awa.badge).toHaveText('Newsroom offline: working on the local copy', live);
    await app.body.click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type(' Trois quartiers évacués.');
    await app.waitUntilSaved();
    await moussa.workflow.move('Approve', 'Approved');
    await expect(fatou.workflow.current).toHaveText('Approved', live);
    await expect(awa.workflow.current).toHaveText('Submitted');

    // Back on the network: her paragraph reaches the others, the approval reaches her.
    cable.plugIn();
    await expect(awa.badge).toHaveText('Connected as Awa Diop (Reporter)', live);
    await expect(awa.workflow.current).toHaveText('Approved', live);
    const approved = `${reviewed} Trois quartiers évacués.`;
    for (const { app: reader } of [moussa, fatou])
      await expect.poll(() => reader.readBody(), live).toBe(approved);

    // The chief editor publishes; every desk shows it.
    await fatou.workflow.move('Publish', 'Published');
    for (const { workflow } of [awa, moussa, fatou])
      await expect(workflow.current).toHaveText('Published', live);

    // The server goes away after publication: reporter and editor both write a late correction.
    await newsroom.kill();
    for (const { badge } of [awa, moussa, fatou])
      await expect(badge).toHaveText('Newsroom offline: working on the local copy');
    await app.body.click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type(' Hors ligne A.');
    await colleague.body.click();
    await colleague.page.keyboard.press('ControlOrMeta+End');
    await colleague.page.keyboard.type(' Hors ligne B.');
    await app.waitUntilSaved();
    await colleague.waitUntilSaved();

    // It comes back: everything typed by everyone is on all three desks, still published.
    await newsroom.start();
    await expect(awa.badge).toHaveText('Connected as Awa Diop (Reporter)', live);
    await expect(moussa.badge).toHaveText('Connected as Moussa Traoré (Editor)', live);
    await expect(fatou.badge).toHaveText('Connected as Fatou Sow (Chief editor)', live);
    for (const { app: reader } of [awa, moussa, fatou]) {
      await expect.poll(() => reader.readBody(), live).toContain(approved.slice(0, -1));
      await expect.poll(() => reader.readBody(), live).toContain('Hors ligne A.');
      await expect.poll(() => reader.readBody(), live).toContain('Hors ligne B.');
    }
    const merged = await app.readBody();
    await expect.poll(() => colleague.readBody()).toBe(merged);
    await expect.poll(() => third.readBody()).toBe(merged);
    for (const { workflow } of [awa, moussa, fatou])
      await expect(workflow.current).toHaveText('Published');

    await offersNoEditorMoves(awa);
    await awa.review.openCommentsPanel();
    await app.page.getByRole('checkbox', { name: 'Show resolved', exact: true }).check();
    await expect(awa.review.thread('Niamey')).toContainText('La mairie, ce matin.');
  });

  test('a status move made after the server restarts reaches the other desks', async ({
    app,
    colleague,
  }) => {
    const awa = desk(app);
    const moussa = desk(colleague);
    await join(
      awa,
      'Awa Diop',
      'Reporter',
      newsroom.address,
      newsroom.addUser('Awa Diop', 'reporter'),
    );
    await join(
      moussa,
      'Moussa Traoré',
      'Editor',
      newsroom.address,
      newsroom.addUser('Moussa Traoré', 'editor'),
    );
    await app.createArticle(headline, 'Le fleuve monte à Niamey.');
    await awa.metadata.standfirst.fill('Des centaines de familles quittent leurs maisons.');
    await awa.metadata.button('Add byline').click();
    await awa.metadata.bylineNames.last().fill('Awa Diop');
    await app.waitUntilSaved();
    await awa.workflow.move('Submit', 'Submitted');
    await expect(colleague.articleRow(headline)).toBeVisible(live);
    await colleague.openArticle(headline);
    await expect(moussa.workflow.current).toHaveText('Submitted', live);
    await newsroom.kill();
    await expect(moussa.badge).toHaveText('Newsroom offline: working on the local copy');
    await newsroom.start();
    await expect(moussa.badge).toHaveText('Connected as Moussa Traoré (Editor)', live);
    await expect(awa.badge).toHaveText('Connected as Awa Diop (Reporter)', live);
    await moussa.workflow.move('Approve', 'Approved');
    await expect(awa.workflow.current).toHaveText('Approved', live);
  });
});
