import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/copydesk-test';
import { LaptopLayout } from '../pages/laptop-layout';
import { MetadataPanel } from '../pages/metadata-panel';
import { screenshotFolder } from '../pages/screenshot-folder';

const headline = 'Inondations à Saint-Louis';
const seo = 'Inondations à Saint-Louis : la ville sous les eaux après la crue du fleuve';
const social = 'Saint-Louis sous les eaux';
const description =
  'Le fleuve Sénégal a débordé dans la nuit ; les quartiers du nord sont évacués.';

const counters = {
  en: {
    over: `${[...seo].length} characters of 60: ${[...seo].length - 60} too many`,
    social: `${social.length} characters of 70`,
    description: `${[...description].length} characters of 155`,
  },
  fr: {
    over: `${[...seo].length} caractères sur 60\u00a0: ${[...seo].length - 60} de trop`,
    social: `${social.length} caractères sur 70`,
    description: `${[...description].length} caractères sur 155`,
  },
} as const;

test('the headline variants count against their limits as they are typed, in both languages (screenshots)', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle(headline, 'La ville se réveille sous les eaux.');
  const layout = new LaptopLayout(page, app);
  if (await layout.detailsButton.isVisible()) await layout.detailsButton.click();
  await expect(panel.seoTitle).toHaveAccessibleDescription('0 characters of 60');

  await panel.seoTitle.fill(seo);
  await panel.socialTitle.fill(social);
  await panel.metaDescription.fill(description);
  await expect(panel.seoTitle).toHaveAccessibleDescription(counters.en.over);
  await expect(panel.socialTitle).toHaveAccessibleDescription(counters.en.social);
  await expect(panel.metaDescription).toHaveAccessibleDescription(counters.en.description);
  await app.waitUntilSaved();
  mkdirSync(screenshotFolder, { recursive: true });
  await panel.seoTitle.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotFolder, 'headline-variants-en-1280x720.png') });

  await app.switchLanguage('fr');
  const french = new MetadataPanel(page, app);
  await expect(french.seoTitle).toHaveAccessibleDescription(counters.fr.over);
  await expect(french.socialTitle).toHaveAccessibleDescription(counters.fr.social);
  await french.seoTitle.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotFolder, 'headline-variants-fr-1280x720.png') });

  await french.seoTitle.fill('Saint-Louis sous les eaux');
  await expect(french.seoTitle).toHaveAccessibleDescription('25 caractères sur 60');

  await page.reload();
  await app.openArticle(headline);
  await expect(french.seoTitle).toHaveValue('Saint-Louis sous les eaux');
  await expect(french.metaDescription).toHaveValue(description);
});

test('the variants reach a ninjs export made from the export dialog', async ({
  app,
  page,
  server,
}) => {
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle(headline, 'La ville se réveille sous les eaux.');
  const layout = new LaptopLayout(page, app);
  if (await layout.detailsButton.isVisible()) await layout.detailsButton.click();
  await panel.seoTitle.fill(seo);
  await panel.socialTitle.fill(social);
  await panel.metaDescription.fill(description);
  await app.waitUntilSaved();

  await page.getByRole('checkbox', { name: `Select ${headline}`, exact: true }).check();
  await page
    .getByRole('region', { name: 'Library', exact: true })
    .getByRole('button', { name: 'Export…', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
  await dialog
    .getByRole('combobox', { name: 'Format', exact: true })
    .selectOption({ label: 'IPTC ninjs (JSON for agencies)' });
  await dialog
    .getByRole('combobox', { name: 'ninjs version', exact: true })
    .selectOption({ label: 'ninjs 3.x' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText('Done: 1 file written.', { exact: true })).toBeVisible();

  const [name] = readdirSync(server.folders.exports).filter((file) => file.endsWith('.ninjs.json'));
  const item = JSON.parse(readFileSync(join(server.folders.exports, name!), 'utf8')) as {
    headlines: unknown;
    descriptions: unknown;
    firstCreated?: string;
  };
  expect(item.headlines).toEqual([
    { role: 'main', value: headline },
    { role: 'seo', value: seo },
    { role: 'social', value: social },
  ]);
  expect(item.descriptions).toEqual([{ role: 'seo', value: description }]);
  expect(item.firstCreated).toBeDefined();
});

test('the limits set in Settings are the counters’ limits (screenshot of the settings)', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = new MetadataPanel(page, app);
  await app.open();
  await app.createArticle(headline, 'La ville se réveille sous les eaux.');
  const layout = new LaptopLayout(page, app);
  if (await layout.detailsButton.isVisible()) await layout.detailsButton.click();
  await panel.seoTitle.fill(seo);
  await expect(panel.seoTitle).toHaveAccessibleDescription(counters.en.over);

  const settings = await app.openSettings();
  const limit = settings.root.getByRole('spinbutton', {
    name: 'SEO title, characters at most',
    exact: true,
  });
  await limit.fill('80');
  await limit.press('Enter');
  await expect(
    settings.root.getByRole('switch', {
      name: 'Require the headline variants before approving or publishing',
      exact: true,
    }),
  ).not.toBeChecked();
  await limit.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: join(screenshotFolder, 'headline-variant-settings-en-1280x720.png'),
  });
  await settings.close();
  await expect(panel.seoTitle).toHaveAccessibleDescription(`${[...seo].length} characters of 80`);
});
