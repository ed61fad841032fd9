import { expect, test } from '../fixtures/copydesk-test';

const headline = 'Sahel : la route de Gao rouverte';
const beforeOutage = 'Les camions ont repris la route samedi matin. ';
const duringOutage = [
  'Le convoi a quitté Gao à l’aube, escorté par la gendarmerie. ',
  'Les chauffeurs disent avoir attendu douze jours. ',
  'Le prix du carburant a doublé à Ménaka depuis la fermeture. ',
  'Les commerçants craignent une nouvelle coupure avant la saison des pluies. ',
  'À Bamako, le ministère annonce des patrouilles renforcées. ',
  'Aucun incident n’a été signalé dimanche.',
];
const offline = 'Not saved: Copydesk is not running. Your text is kept in this window.';

// Each test starts browser mode twice and types a few hundred characters.
test.slow();

test('no typed word is lost when browser mode stops mid-typing and comes back', async ({
  app,
  page,
  server,
}) => {
  await app.open();
  expect(page.url(), 'the token leaves the address bar').not.toContain(server.token);
  await app.createArticle(headline, 'Gao, 14 mars. ');
  const address = server.url;

  await app.page.keyboard.type(beforeOutage);
  await server.kill();
  for (const sentence of duringOutage) await app.page.keyboard.type(sentence);
  await expect(app.saveStatus).toHaveText(offline);

  await server.start();
  expect(server.url, 'the same address and token after a restart').toBe(address);
  expect(server.commandLine.join(' ')).not.toContain(server.token);
  await page.reload();

  await app.openArticle(headline);
  await expect(app.body).toHaveText(`Gao, 14 mars. ${beforeOutage}${duringOutage.join('')}`);
  await app.waitUntilSaved();
});

test('text typed while the server is down comes back in a new tab once it restarts', async ({
  app,
  page,
  server,
}) => {
  await app.open();
  await app.createArticle(headline, 'Gao, 14 mars. ');
  await server.kill();
  await app.page.keyboard.type(duringOutage.join(''));
  await expect(app.saveStatus).toHaveText(offline);
  // The tab is closed while nothing can receive its text: only the page's storage has it.
  const context = page.context();
  await page.close();

  await server.start();
  const tab = await context.newPage();
  await tab.goto(server.url);
  const body = tab.getByRole('textbox', { name: app.names.body, exact: true });
  await expect(body).toHaveText(`Gao, 14 mars. ${duringOutage.join('')}`);
  await expect(tab.getByRole('status', { name: app.names.saveStatus })).toHaveText(app.names.saved);
});

test('a refused page speaks the language the writer chose, and says what to do', async ({
  app,
  page,
  server,
}) => {
  await app.open();
  await app.switchLanguage('fr');
  // A new tab without the token: the browser itself is English, the writer chose French.
  const tab = await page.context().newPage();
  await tab.goto(`${server.origin}/`);
  await expect(tab.getByRole('heading', { name: 'Copydesk n’a pas pu démarrer.' })).toBeVisible();
  await expect(tab.getByRole('alert')).toHaveText(
    'Accès refusé. Rouvrez Copydesk depuis l’adresse affichée au démarrage.',
  );
});
