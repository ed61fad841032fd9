import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { screenshotFolder } from '../pages/screenshot-folder';
import { StatusWorkflow } from '../pages/status-workflow';
import { TrashedArticle } from '../pages/trashed-article';

const words = {
  en: {
    draft: 'Draft',
    submit: 'Submit',
    submitted: 'Submitted',
    askSubmit: 'Submit this article?',
  },
  fr: {
    draft: 'Brouillon',
    submit: 'Soumettre',
    submitted: 'Soumis',
    askSubmit: 'Soumettre cet article\u202f?',
  },
} as const;

for (const language of ['en', 'fr'] as const) {
  const word = words[language];

  test(`${language}: a status move is a button that asks before it notifies the desk`, async ({
    app,
    page,
  }) => {
    const workflow = new StatusWorkflow(app);
    await app.open();
    if (language === 'fr') await app.switchLanguage('fr');
    await app.createArticle('Crue du fleuve à Kayes', 'Le niveau monte depuis lundi.');

    await expect(workflow.current).toHaveText(word.draft);
    await expect(workflow.moves).toHaveText([word.submit]);
    // Arrow keys browse; they never move the article.
    await workflow.moveButton(word.submit).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(workflow.confirmation).toHaveCount(0);
    await expect(workflow.current).toHaveText(word.draft);

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: word.askSubmit, exact: true });
    await expect(dialog).toBeVisible();
    mkdirSync(screenshotFolder, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(screenshotFolder, `status-confirm-${language}.png`) });
    await dialog.getByRole('button', { name: app.names.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(workflow.current).toHaveText(word.draft);

    await workflow.move(word.submit, word.submitted);
    await page.screenshot({ path: join(screenshotFolder, `status-moves-${language}.png`) });
  });

  test(`${language}: a trashed article opens read-only, and "Restore" makes it editable`, async ({
    app,
    page,
  }) => {
    const trashed = new TrashedArticle(app);
    await app.open();
    if (language === 'fr') await app.switchLanguage('fr');
    await app.createArticle('Grève à la SNCF', 'Le trafic sera perturbé jeudi.');
    await app.deleteCurrentArticle();

    await app.trashButton.click();
    await app.openArticle('Grève à la SNCF');
    await expect(trashed.banner).toBeVisible();
    await expect(app.headline).not.toBeEditable();
    await expect(app.body).not.toBeEditable();
    await expect(app.deleteButton).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(screenshotFolder, `trashed-article-${language}.png`) });

    // Typing does nothing, and raises no false "changed elsewhere" conflict.
    await app.body.click();
    await page.keyboard.type('xyz');
    await expect(app.body).toHaveText('Le trafic sera perturbé jeudi.');
    await expect(app.saveStatus).toHaveText(app.names.saved);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await trashed.restoreButton.click();
    await expect(trashed.banner).toBeHidden();
    await expect(app.articleRow('Grève à la SNCF')).toHaveCount(0);
    await expect(app.body).toBeEditable();
    await app.appendToBody(' Restauré.');
    await app.waitUntilSaved();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await app.trashButton.click();
    await app.openArticle('Grève à la SNCF');
    await expect(app.body).toHaveText('Le trafic sera perturbé jeudi. Restauré.');
  });
}

const publishedWords = {
  en: {
    title: 'Delete a published article?',
    warning: 'deleting it here does not take it down',
    plainDelete: 'Delete',
    confirm: 'Delete the published article',
  },
  fr: {
    title: 'Supprimer un article publié\u202f?',
    warning: 'le supprimer ici ne le retire pas du site',
    plainDelete: 'Supprimer',
    confirm: 'Supprimer l’article publié',
  },
} as const;

for (const language of ['en', 'fr'] as const) {
  const word = publishedWords[language];

  test(`${language}: deleting a published article asks more firmly: it stays published for readers`, async ({
    app,
    page,
  }) => {
    const workflow = new StatusWorkflow(app);
    await app.open();
    await workflow.setProfile('Fatou Sarr', 'Chief editor');
    await app.createArticle('Élections à Dakar', 'Les bureaux ferment à 18 heures.');
    await workflow.move('Submit', 'Submitted');
    await workflow.override('Approve', 'Flash', 'Approved');
    await workflow.override('Publish', 'Flash', 'Published');
    if (language === 'fr') await app.switchLanguage('fr');

    await app.deleteButton.click();
    const dialog = page.getByRole('dialog', { name: word.title, exact: true });
    await expect(dialog).toContainText(word.warning);
    await expect(dialog.getByRole('button', { name: word.plainDelete, exact: true })).toHaveCount(
      0,
    );
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(screenshotFolder, `delete-published-${language}.png`) });
    await dialog.getByRole('button', { name: app.names.cancel, exact: true }).click();
    await expect(app.articleRow('Élections à Dakar')).toBeVisible();

    await app.deleteButton.click();
    await dialog.getByRole('button', { name: word.confirm, exact: true }).click();
    await expect(app.articleRow('Élections à Dakar')).toHaveCount(0);
  });
}
