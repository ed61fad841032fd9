import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { toFormatOne } from '../fixtures/format-one-package';
import type { CopydeskPage } from '../pages/copydesk-page';
import { StatusWorkflow } from '../pages/status-workflow';
import { screenshotFolder } from '../pages/screenshot-folder';

const headline = 'Coupures d’eau à Ziguinchor';
const body = 'Les quartiers nord sont privés d’eau depuis samedi.';

const names = {
  en: {
    send: 'Send for review…',
    sendDialog: 'Send for review',
    recipient: 'Who is it for?',
    savePackage: 'Save the package…',
    sentTo: 'Sent to Chef Ndiaye',
    compare: 'Compare versions',
    resolve: 'Mark conflict resolved',
    banner: /^This article was changed here and in a received package by Chef Ndiaye\./,
    merged: "Merged with Chef Ndiaye's version: review.",
    fromOtherDesk: 'See what came from Chef Ndiaye',
    reviewed: 'Mark as reviewed',
  },
  fr: {
    send: 'Envoyer pour relecture…',
    sendDialog: 'Envoyer pour relecture',
    recipient: 'Pour qui\u202f?',
    savePackage: 'Enregistrer le paquet…',
    sentTo: 'Envoyé à Chef Ndiaye',
    compare: 'Comparer les versions',
    resolve: 'Marquer le conflit comme résolu',
    banner: /^Cet article a été modifié ici et dans un paquet reçu de Chef Ndiaye\./,
    merged: 'Fusionné avec la version de Chef Ndiaye\u00a0: à relire.',
    fromOtherDesk: 'Voir ce qui vient de Chef Ndiaye',
    reviewed: 'Marquer comme relu',
  },
} as const;

const button = (app: CopydeskPage, name: string) =>
  app.page.getByRole('button', { name, exact: true });

/** Send for review… in browser mode writes into the export folder; returns the package's path. */
async function sendForReview(
  app: CopydeskPage,
  exportFolder: string,
  recipient = '',
): Promise<string> {
  const name = names[app.language];
  await app.waitUntilSaved();
  await button(app, name.send).click();
  const dialog = app.page.getByRole('dialog', { name: name.sendDialog, exact: true });
  await dialog.getByRole('textbox', { name: name.recipient, exact: true }).fill(recipient);
  await dialog.getByRole('button', { name: name.savePackage, exact: true }).click();
  await expect(app.page.getByText(/\.copydesk$/).first()).toBeVisible();
  const written = readdirSync(exportFolder).filter((name) => name.endsWith('.copydesk'));
  expect(written).toHaveLength(1);
  return join(exportFolder, written[0]!);
}

async function importFile(app: CopydeskPage, path: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await button(app, 'Import…').click();
  await (await chooser).setFiles(path);
}

const importReport = (app: CopydeskPage) =>
  app.page.getByRole('region', { name: 'Import report', exact: true });

test('Send for review writes <slug>.copydesk; importing it back changes nothing', async ({
  app,
  page,
  server,
}) => {
  mkdirSync(screenshotFolder, { recursive: true });
  await app.open();
  await app.createArticle(headline, body);

  const path = await sendForReview(app, server.folders.exports);
  expect(path).toBe(join(server.folders.exports, 'coupures-d-eau-a-ziguinchor.copydesk'));
  await expect(page.getByText(`Package saved: ${path}`, { exact: true })).toBeVisible();

  await importFile(app, path);
  await expect(importReport(app).getByRole('listitem')).toHaveText(
    `${headline} — Already up to date`,
  );
  await expect(app.headline).toHaveValue(headline);
  await expect(app.body).toHaveText(body);
  await page.screenshot({ path: join(screenshotFolder, 'packages-report-en.png') });

  await app.switchLanguage('fr');
  await expect(
    page.getByRole('region', { name: 'Rapport d’importation', exact: true }).getByRole('listitem'),
  ).toHaveText(`${headline} — Déjà à jour`);
  await expect(button(app, names.fr.send)).toBeEnabled();
  await page.screenshot({ path: join(screenshotFolder, 'packages-report-fr.png') });
});

const reporterSentence = ' Des citernes circulent dans les rues.';
const editorSentence = ' La SDE promet un retour à la normale lundi.';

test('the review loop across two libraries merges both desks’ edits and asks for a review', async ({
  app: reporter,
  server,
  colleague: editor,
  colleagueServer,
}) => {
  await reporter.open();
  await reporter.createArticle(headline, body);
  const sent = await sendForReview(reporter, server.folders.exports);

  // The editor receives it, changes it and sends it back…
  await editor.open();
  await new StatusWorkflow(editor).setProfile('Chef Ndiaye', 'Editor');
  await importFile(editor, sent);
  await expect(importReport(editor).getByRole('listitem')).toHaveText(`${headline} — Added`);
  await editor.appendToBody(editorSentence);
  const returned = await sendForReview(editor, colleagueServer.folders.exports);

  // …while the reporter went on writing: both sides changed, and the package merges.
  await reporter.appendToBody(reporterSentence);
  await reporter.waitUntilSaved();
  await importFile(reporter, returned);
  await expect(importReport(reporter)).toContainText(
    `${headline} — Merged with this library's version: to review`,
  );
  for (const sentence of [body, reporterSentence, editorSentence])
    await expect(reporter.body).toContainText(sentence.trim());
  const banner = reporter.page.getByRole('alert').filter({ hasText: names.en.merged });
  await expect(banner).toBeVisible();
  await expect(reporter.articleRow(headline)).not.toHaveAccessibleName(/In conflict/);
  await reporter.page.screenshot({ path: join(screenshotFolder, 'packages-merged-en.png') });

  await button(reporter, names.en.fromOtherDesk).click();
  const versions = reporter.page.getByRole('complementary', { name: 'Versions', exact: true });
  // From just before the merge to just after: only the editor's sentence came in.
  await expect(versions.locator('ins', { hasText: /SDE promet/ })).toBeVisible();
  await expect(versions.locator('ins', { hasText: /citernes/ })).toHaveCount(0);
  await expect(versions.locator('del', { hasText: /citernes/ })).toHaveCount(0);

  await reporter.switchLanguage('fr');
  const frenchBanner = reporter.page.getByRole('alert').filter({ hasText: names.fr.merged });
  await expect(frenchBanner).toBeVisible();
  await reporter.page.screenshot({ path: join(screenshotFolder, 'packages-merged-fr.png') });
  await button(reporter, names.fr.reviewed).click();
  await expect(frenchBanner).toBeHidden();
  for (const sentence of [reporterSentence, editorSentence])
    await expect(reporter.body).toContainText(sentence.trim());
  await expect(button(reporter, names.fr.send)).toBeEnabled();
});

test('a format 1 package that diverged from this library shows the conflict banner until it is resolved', async ({
  app: reporter,
  server,
  colleague: editor,
  colleagueServer,
}) => {
  mkdirSync(screenshotFolder, { recursive: true });
  await reporter.open();
  await reporter.createArticle(headline, body);
  const sent = await sendForReview(reporter, server.folders.exports);

  // The editor receives it, changes it and sends it back.
  await editor.open();
  await new StatusWorkflow(editor).setProfile('Chef Ndiaye', 'Editor');
  await importFile(editor, sent);
  await expect(importReport(editor).getByRole('listitem')).toHaveText(`${headline} — Added`);
  await expect(editor.headline).toHaveValue(headline);
  await editor.appendToBody(editorSentence);
  const returned = await sendForReview(editor, colleagueServer.folders.exports);
  // A format 1 package carries no document to merge: both versions are kept.
  toFormatOne(returned);

  // Meanwhile the reporter went on writing: both sides changed.
  await reporter.appendToBody(reporterSentence);
  await reporter.waitUntilSaved();
  await importFile(reporter, returned);
  const report = importReport(reporter);
  await expect(report).toContainText(`${headline} — Conflict: both versions kept`);
  await expect(report).toContainText('both versions are kept in Versions.');

  const banner = reporter.page.getByRole('alert').filter({ hasText: names.en.banner });
  await expect(banner).toBeVisible();
  await expect(reporter.articleRow(headline)).toHaveAccessibleName(/ — Draft, In conflict, /);
  await expect(reporter.body).toHaveText(`${body} Des citernes circulent dans les rues.`);
  await reporter.page.screenshot({ path: join(screenshotFolder, 'packages-conflict-en.png') });

  await button(reporter, names.en.compare).click();
  const versions = reporter.page.getByRole('complementary', { name: 'Versions', exact: true });
  // From this library's version to the package's: the editor's sentence is the insertion.
  await expect(versions.locator('ins', { hasText: /^SDE$/ })).toBeVisible();
  await expect(versions.locator('del', { hasText: /^citernes$/ })).toBeVisible();
  await reporter.page.screenshot({ path: join(screenshotFolder, 'packages-compare-en.png') });

  await reporter.switchLanguage('fr');
  const frenchBanner = reporter.page.getByRole('alert').filter({ hasText: names.fr.banner });
  await expect(frenchBanner).toBeVisible();
  await reporter.page.screenshot({ path: join(screenshotFolder, 'packages-conflict-fr.png') });

  await button(reporter, names.fr.resolve).click();
  await expect(frenchBanner).toBeHidden();
  await expect(reporter.articleRow(headline)).not.toHaveAccessibleName(/En conflit/);
  await expect(reporter.body).toHaveText(`${body} Des citernes circulent dans les rues.`);
  await expect(button(reporter, names.fr.send)).toBeEnabled();
});

for (const language of ['en', 'fr'] as const) {
  test(`${language}: the version kept when a package is sent is named for whom it is`, async ({
    app,
    page,
    server,
  }) => {
    await app.open();
    if (language === 'fr') await app.switchLanguage('fr');
    await app.createArticle(headline, body);
    await sendForReview(app, server.folders.exports, 'Chef Ndiaye');

    await button(app, app.names.versions).click();
    const versions = page.locator('.revision-list');
    await expect(versions.getByText(names[language].sentTo, { exact: true })).toBeVisible();
  });
}
