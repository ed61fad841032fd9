import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { LaptopLayout } from '../pages/laptop-layout';
import { MetadataPanel } from '../pages/metadata-panel';
import { screenshotFolder } from '../pages/screenshot-folder';

const headline = 'Inondations à Saint-Louis';

test('every metadata field is saved with the article and survives a reload', async ({
  app,
  page,
}) => {
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle(headline, 'La ville se réveille sous les eaux.');

  await panel.standfirst.fill('Le fleuve a débordé dans la nuit.');
  await panel.section.fill('Société');
  await panel.addTags('climat', 'Sénégal');
  await panel.button(panel.names.addByline).click();
  await panel.bylineNames.nth(0).fill('Awa Diop');
  await panel.button(panel.names.addByline).click();
  await panel.bylineNames.nth(1).fill('Moussa Sy');
  await panel.bylineRoles.nth(1).selectOption('photographer');
  await panel.button(panel.names.moveBylineUp).nth(1).click();
  await panel.dateline.getByRole('textbox', { name: panel.names.place }).fill('Saint-Louis');
  await panel.dateline.getByLabel(panel.names.date).fill('2025-03-12');
  await expect(panel.root.getByText('SAINT-LOUIS, March 12 –')).toBeVisible();
  await panel.language.selectOption('fr-SN');
  await panel.deadline.fill('2025-03-12 18:00');
  await panel.embargo.fill('2025-03-13 06:30');
  await panel.targetLength.fill('4500');
  await panel.targetUnit.selectOption('signes');
  await panel.editorialNote.fill('Vérifier les chiffres de la mairie.');
  await panel.slug.fill('Saint-Louis sous les eaux');
  await panel.slug.blur();
  await expect(panel.slug).toHaveValue('saint-louis-sous-les-eaux');
  await app.waitUntilSaved();

  await page.reload();
  await app.openArticle(headline);
  await expect(panel.standfirst).toHaveValue('Le fleuve a débordé dans la nuit.');
  await expect(panel.slug).toHaveValue('saint-louis-sous-les-eaux');
  await expect(panel.section).toHaveValue('Société');
  await expect(panel.button(panel.names.removeTag('climat'))).toBeVisible();
  await expect(panel.button(panel.names.removeTag('Sénégal'))).toBeVisible();
  await expect(panel.bylineNames).toHaveCount(2);
  await expect(panel.bylineNames.nth(0)).toHaveValue('Moussa Sy');
  await expect(panel.bylineRoles.nth(0)).toHaveValue('photographer');
  await expect(panel.bylineNames.nth(1)).toHaveValue('Awa Diop');
  await expect(panel.bylineRoles.nth(1)).toHaveValue('author');
  await expect(panel.dateline.getByRole('textbox', { name: panel.names.place })).toHaveValue(
    'Saint-Louis',
  );
  await expect(panel.language).toHaveValue('fr-SN');
  await expect(panel.deadline).toHaveValue('2025-03-12 18:00');
  await expect(panel.embargo).toHaveValue('2025-03-13 06:30');
  await expect(panel.targetLength).toHaveValue('4500');
  await expect(panel.targetUnit).toHaveValue('signes');
  await expect(panel.editorialNote).toHaveValue('Vérifier les chiffres de la mairie.');

  await panel.button(panel.names.removeTag('climat')).click();
  await expect(panel.button(panel.names.removeTag('climat'))).toHaveCount(0);
});

test('date fields show and accept the French format, jj/mm/aaaa and 24-hour time', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.switchLanguage('fr');
  await app.createArticle(headline, 'La ville se réveille sous les eaux.');
  const layout = new LaptopLayout(page, app);
  // The panel may already be open (the app remembers it).
  if (await layout.detailsButton.isVisible()) await layout.detailsButton.click();
  await expect(panel.root).toBeVisible();

  await panel.dateline.getByLabel(panel.names.date).fill('12/03/2025');
  await expect(panel.root.getByText('Aperçu\u00a0: 12 mars –')).toBeVisible();
  await panel.deadline.fill('12/03/2025 18:00');
  await panel.embargo.fill('13/03/2025 à 6h30');
  await panel.embargo.blur();
  await expect(panel.embargo).toHaveValue('13/03/2025 06:30');
  await expect(panel.deadline).toHaveAttribute('placeholder', 'jj/mm/aaaa hh:mm');
  await expect(
    panel.root.getByText('Format\u00a0: jj/mm/aaaa hh:mm, heure sur 24\u00a0h').first(),
  ).toBeVisible();

  // Month first is not a French date: shown as an error, and the stored date is kept.
  await panel.deadline.fill('03/31/2025 18:00');
  await panel.deadline.blur();
  await expect(panel.deadline).toHaveAttribute('aria-invalid', 'true');
  await app.waitUntilSaved();
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, 'metadata-dates-fr-1280x720.png') });

  await page.reload();
  await app.openArticle(headline);
  await expect(panel.dateline.getByLabel(panel.names.date)).toHaveValue('12/03/2025');
  await expect(panel.deadline).toHaveValue('12/03/2025 18:00');
  await expect(panel.embargo).toHaveValue('13/03/2025 06:30');
});

test('an invalid language tag is shown and never saved', async ({ app, page }) => {
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle(headline, 'Texte.');
  await panel.language.selectOption({ label: 'Other…' });
  const other = panel.textbox('Other language tag');
  await other.fill('pas une langue');
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.root.getByText('Not a language tag')).toBeVisible();
  await page.reload();
  await app.openArticle(headline);
  await expect(panel.language).toHaveValue('fr');
});

test('counts follow the text, and the target turns to over', async ({ app, page }) => {
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle('', '10 000 habitants à l’État');
  // "10 000" is one word, "l’État" is one word: 4 words; 25 signes.
  await expect(panel.counts).toContainText('4 words');
  await expect(panel.counts).toContainText('25 signes');
  await expect(panel.counts).toContainText('0.0 feuillets');
  await expect(panel.counts).toContainText('1 min read');

  await panel.targetLength.fill('3');
  await panel.targetUnit.selectOption('words');
  await expect(panel.targetProgress).toHaveAttribute('aria-valuenow', '4');
  await expect(panel.targetProgress).toHaveAttribute('aria-valuemax', '3');
  await expect(panel.counts).toContainText('Over by 1 word');
  await panel.targetLength.fill('8');
  await expect(panel.counts).toContainText('50 %');

  await app.body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(panel.counts.getByText('Selection')).toBeVisible();
});

test('French typography as you type and on request', async ({ app, page }) => {
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle('Titre?', 'Quoi?');
  await expect(app.body).toHaveText('Quoi\u202F?');

  await panel.typographySwitch.uncheck();
  await app.body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Il a dit "non"...');
  await expect(app.body).toHaveText('Quoi\u202F? Il a dit "non"...');

  await panel.fixTypography.click();
  await expect(app.body).toHaveText('Quoi\u202F? Il a dit «\u202Fnon\u202F»…');
  await expect(app.headline).toHaveValue('Titre\u202F?');
  await expect(panel.root.getByRole('status')).toHaveText('3 corrections');
  await panel.fixTypography.click();
  await expect(panel.root.getByRole('status')).toHaveText('No corrections');
  await app.waitUntilSaved();

  await page.reload();
  await app.articleList.getByRole('listitem').first().click();
  await expect(app.headline).toHaveValue('Titre\u202F?');
  await expect(app.body).toHaveText('Quoi\u202F? Il a dit «\u202Fnon\u202F»…');
  await expect(panel.typographySwitch).not.toBeChecked();
});

test('the panel and the counts speak French, in both themes', async ({ app, page }) => {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle(
    'Mali–Maroc : des chauffeurs enlevés',
    'Les quatre chauffeurs ont été libérés samedi.',
  );
  await panel.targetLength.fill('5');
  await panel.targetUnit.selectOption('words');
  await panel.addTags('Mali');
  await panel.button(panel.names.addByline).click();
  await panel.bylineNames.nth(0).fill('Awa Diop');
  await panel.dateline.getByRole('textbox', { name: panel.names.place }).fill('Bamako');
  await panel.dateline.getByLabel(panel.names.date).fill('2025-03-12');
  await app.waitUntilSaved();
  await app.switchTheme('Light');
  await page.screenshot({ path: join(screenshotFolder, 'metadata-en-light.png') });
  await app.switchTheme('Dark');
  await page.screenshot({ path: join(screenshotFolder, 'metadata-en-dark.png') });

  await app.switchLanguage('fr');
  await expect(panel.root).toBeVisible();
  await expect(panel.standfirst).toBeVisible();
  await expect(panel.button(panel.names.addByline)).toBeVisible();
  await expect(panel.root.getByText('BAMAKO, 12 mars –')).toBeVisible();
  await expect(panel.counts).toContainText('12 mots');
  await expect(panel.targetProgress).toBeVisible();
  await expect(panel.counts).toContainText('Dépassement de 2 mots');
  await expect(panel.fixTypography).toBeVisible();
  await page.screenshot({ path: join(screenshotFolder, 'metadata-fr-dark.png') });
  await app.switchTheme('Clair');
  await page.screenshot({ path: join(screenshotFolder, 'metadata-fr-light.png') });
});
