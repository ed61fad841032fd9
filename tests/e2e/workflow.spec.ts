import { expect, test } from '../fixtures/copydesk-test';
import { MetadataPanel } from '../pages/metadata-panel';
import { StatusWorkflow } from '../pages/status-workflow';

test('a reporter submits; an editor approves and publishes; the history names who did what', async ({
  app,
  server,
  playwright,
}) => {
  const workflow = new StatusWorkflow(app);
  await app.open();
  await workflow.setProfile('Awa Diop', 'Reporter');
  await app.createArticle('Crue du fleuve à Kayes', 'Le niveau du fleuve monte depuis lundi.');
  // The first byline is the profile's; removed here so the readiness checks below have one to miss.
  const panel = new MetadataPanel(app.page, app);
  await expect(panel.bylineNames).toHaveValue('Awa Diop');
  await expect(panel.combobox(panel.names.bylineRole)).toHaveValue('author');
  await panel.button('Remove byline').click();
  await expect(panel.bylineNames).toHaveCount(0);
  await app.waitUntilSaved();

  await expect(workflow.options).toHaveText(['Draft', 'Submit']);
  await workflow.move('Submit', 'Submitted');
  await expect(workflow.options).toHaveText(['Submitted', 'Withdraw']);
  await expect(workflow.moveButton('Approve')).toHaveCount(0);

  // The main process enforces the rules too: a reporter calling the API directly is refused.
  const request = await playwright.request.newContext({
    extraHTTPHeaders: { 'X-Copydesk-Token': server.token },
  });
  const listed = (await (
    await request.post(`${server.origin}/api/articles:list`, { data: {} })
  ).json()) as {
    value: { items: { id: string; revision: number }[] };
  };
  const [article] = listed.value.items;
  const refused = await request.post(`${server.origin}/api/articles:setStatus`, {
    data: { id: article!.id, baseRevision: article!.revision, status: 'approved' },
  });
  expect(await refused.json()).toEqual({
    ok: false,
    error: {
      code: 'forbidden',
      message: 'A reporter may not move an article from submitted to approved.',
    },
  });
  await request.dispose();

  await workflow.setProfile('Chef Ndiaye', 'Editor');
  // No standfirst and no byline: the readiness checks block Approve, and say why.
  await expect(workflow.options).toHaveText(['Submitted', 'Withdraw', 'Request changes', 'Spike']);
  const checklist = await workflow.readiness();
  await expect(checklist.getByRole('listitem').filter({ hasText: '✗' })).toHaveText([
    /Standfirst/,
    /Byline/,
  ]);
  await expect(app.page.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(app.page.getByText('Blocked: No standfirst; No byline')).toBeVisible();
  await workflow.override('Approve', 'Flash: no time for a standfirst', 'Approved');
  await workflow.override('Publish', 'Flash: no time for a standfirst', 'Published');
  await expect(workflow.options).toHaveText(['Published', 'Spike']);

  await workflow.historyButton('Status history').click();
  await expect(workflow.history('Status history').getByRole('listitem')).toHaveText([
    /^Awa Diop .*Created → Draft/,
    /^Awa Diop \(Reporter\) .*Draft → Submitted/,
    /^Chef Ndiaye \(Editor\) .*Submitted → Approved.*Override: Flash/,
    /^Chef Ndiaye \(Editor\) .*Approved → Published.*Override: Flash/,
  ]);
});

test('the moves, roles and history speak French', async ({ app }) => {
  const workflow = new StatusWorkflow(app);
  await app.open();
  await app.switchLanguage('fr');
  await workflow.setProfile('Awa Diop', 'Rédacteur');
  await app.createArticle('Marché de Thiès', 'Les maraîchères vendent.');
  await expect(workflow.options).toHaveText(['Brouillon', 'Soumettre']);
  await workflow.move('Soumettre', 'Soumis');

  await workflow.setProfile('Fatou Sarr', 'Rédacteur en chef');
  await expect(workflow.options).toHaveText([
    'Soumis',
    'Retirer',
    'Demander des modifications',
    'Abandonner',
  ]);
  // The checklist is folded into a badge that names what is left to fix.
  await app.page.getByRole('button', { name: /^Prêt à publier : \d+ points? à corriger$/ }).click();
  await expect(app.page.getByRole('list', { name: 'Prêt à publier', exact: true })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('button', { name: 'Passer outre…', exact: true })).toBeVisible();
  await workflow.move('Demander des modifications', 'Modifications demandées');
  await workflow.historyButton('Historique des statuts').click();
  await expect(workflow.history('Historique des statuts').getByRole('listitem')).toHaveText([
    /Création → Brouillon/,
    /^Awa Diop \(Rédacteur\) .*Brouillon → Soumis/,
    /^Fatou Sarr \(Rédacteur en chef\) .*Soumis → Modifications demandées/,
  ]);
});

test('the first-run screen asks for the profile once', async ({ app, page, server }) => {
  await page.goto(server.url);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Copydesk', exact: true });
  await welcome.getByRole('textbox', { name: 'Your name', exact: true }).fill('Moussa Sy');
  await welcome
    .getByRole('combobox', { name: 'Your role', exact: true })
    .selectOption({ label: 'Editor' });
  await welcome.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(app.newArticleButton).toBeVisible();

  await page.reload();
  await expect(app.newArticleButton).toBeVisible();
  await expect(welcome).toHaveCount(0);
  const settings = await app.openSettings();
  await expect(settings.authorName).toHaveValue('Moussa Sy');
  await expect(settings.role).toHaveValue('editor');
});
