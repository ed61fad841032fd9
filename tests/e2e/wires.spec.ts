import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures/copydesk-test';
import { openLibrary } from '../../electron/node/library/open-library';
import { parseWireFile } from '../../electron/node/wire/parse-wire-file';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../fixtures/wire/afp/${name}`, import.meta.url))),
  );

const storeWires = (libraryFolder: string, names: string[]): void => {
  const library = openLibrary(libraryFolder, { create: false });
  try {
    for (const name of names) library.wire.store(parseWireFile(name, fixture(name)), name);
  } finally {
    library.close();
  }
};

test('the Wires view lists agency items, previews one (then read), filters, and shows a kill notice', async ({
  app,
  page,
  server,
}) => {
  await app.open();
  await server.kill();
  storeWires(server.folders.library, [
    'afp-fr-archives-v1.iso-8859-1.xml',
    'afp-fr-economie.windows-1252.xml',
  ]);
  await server.start();
  await app.open();

  await page.getByRole('button', { name: /^(Wires|Dépêches)$/ }).click();
  const list = page.getByRole('list', { name: /^(Wire items|Dépêches)$/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const archives = list.getByRole('button', { name: /Archives/ });
  await expect(archives).toContainText(/New|Nouvelle/);
  await expect(archives).toContainText('afp.com');
  await expect(archives).toContainText('U4');

  await archives.click();
  const preview = page.getByRole('article', { name: /^(Wire item|Dépêche)$/ });
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(
    "Archives : le gouvernement présente un projet de loi sur l'accès aux fonds publics",
  );
  await expect(preview).toContainText('PARIS, 7 déc 2026 (AFP) -');
  await expect(preview).toContainText('Le Premier ministre arrive à Matignon');
  await expect(archives).not.toContainText(/New|Nouvelle/);

  await page.getByRole('combobox', { name: /^(Urgency|Urgence)$/ }).selectOption('2');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Budget');
  await page.getByRole('combobox', { name: /^(Urgency|Urgence)$/ }).selectOption('0');
  await page
    .getByRole('searchbox', { name: /^(Search the wires|Chercher dans les dépêches)$/ })
    .fill('numerises');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Archives');

  await preview
    .getByRole('button', { name: /^(Write from this wire|Rédiger à partir de cette dépêche)$/ })
    .click();
  const typeset =
    'Archives\u00a0: le gouvernement présente un projet de loi sur l’accès aux fonds publics';
  await expect(app.headline).toHaveValue(typeset);
  await expect(app.body).toContainText(
    '«\u202fnous voulons une administration plus transparente\u202f»',
  );
  await expect(app.articleList).toContainText('le gouvernement présente un projet de loi');

  await server.kill();
  storeWires(server.folders.library, ['afp-fr-archives-kill.iso-8859-1.xml']);
  await server.start();
  await app.open();
  await page.getByRole('button', { name: /^(Wires|Dépêches)$/ }).click();
  await list.getByRole('button', { name: /ANNULATION/ }).click();
  await expect(preview.getByRole('alert')).toContainText(
    /KILL: AFP has withdrawn|ANNULATION : AFP a retiré/,
  );
  await expect(list.getByRole('button', { name: /ANNULATION/ })).toContainText(
    /Updated|Mise à jour/,
  );

  await page.getByRole('button', { name: /^(Wires|Dépêches)$/ }).click();
  await app.articleList
    .getByRole('listitem')
    .filter({ hasText: 'le gouvernement présente' })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: /since KILLED|depuis ANNULÉE/ }),
  ).toBeVisible();
});
