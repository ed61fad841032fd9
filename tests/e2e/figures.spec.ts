import type { Locator, Page } from '@playwright/test';
import { addExifSegment, samplePng } from '../../electron/node/assets/testing/sample-images';
import { expect, test } from '../fixtures/copydesk-test';

const headline = 'Dakar : le port en images';

const insertImageFile = async (
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image', exact: true }).click();
  await (await chooser).setFiles(file);
};

const naturalWidth = (image: Locator) =>
  image.evaluate((element) => (element as HTMLImageElement).naturalWidth);

test('an image inserted from a file is stored in the library and survives a reload', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createArticle(headline, 'Le port autonome a battu son record.');

  await insertImageFile(page, {
    name: 'port.png',
    mimeType: 'image/png',
    buffer: samplePng(320, 200, 180),
  });
  const figure = app.body.locator('figure');
  const image = figure.locator('img');
  await expect(image).toBeVisible();
  await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0);
  expect(await image.getAttribute('src')).toMatch(/^\/library-assets\/[0-9a-f]{64}\.jpg\?token=/);
  const warning = figure.getByText('Missing caption, credit or alt text', { exact: true });
  await expect(warning).toBeVisible();

  await figure
    .getByRole('textbox', { name: 'Caption', exact: true })
    .fill('Des conteneurs à quai.');
  await figure.getByRole('textbox', { name: 'Credit', exact: true }).fill('Awa Diop / AFP');
  await figure.getByRole('textbox', { name: 'Alt text', exact: true }).fill('Grues et conteneurs.');
  await expect(warning).toBeHidden();
  await app.waitUntilSaved();

  await page.reload();
  await app.openArticle(headline);
  const reloaded = app.body.locator('figure');
  await expect.poll(() => naturalWidth(reloaded.locator('img'))).toBeGreaterThan(0);
  await expect(reloaded.locator('img')).toHaveAttribute('alt', 'Grues et conteneurs.');
  await expect(reloaded.getByRole('textbox', { name: 'Caption', exact: true })).toHaveValue(
    'Des conteneurs à quai.',
  );
  await expect(reloaded.getByRole('textbox', { name: 'Credit', exact: true })).toHaveValue(
    'Awa Diop / AFP',
  );
  await expect(reloaded.getByRole('textbox', { name: 'Alt text', exact: true })).toHaveValue(
    'Grues et conteneurs.',
  );
});

test('a file that is not an image is refused with a message', async ({ app, page }) => {
  await app.open();
  await app.createArticle(headline, 'Texte.');

  await insertImageFile(page, {
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>'),
  });
  await expect(
    page.getByText('“photo.png” is not an image Copydesk can add (PNG, JPEG, GIF or WebP).'),
  ).toBeVisible();
  await expect(app.body.locator('figure')).toHaveCount(0);
});

/** Sends `event` ('paste' or 'drop') to the body carrying one PNG file, as the browser would. */
const sendImageEvent = (body: Locator, event: 'paste' | 'drop', bytes: number[]) =>
  body.evaluate(
    (element, { kind, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'capture.png', { type: 'image/png' }));
      const box = element.getBoundingClientRect();
      const init = {
        bubbles: true,
        cancelable: true,
        clientX: box.left + 10,
        clientY: box.bottom - 5,
      };
      element.dispatchEvent(
        kind === 'paste'
          ? new ClipboardEvent('paste', { ...init, clipboardData: transfer })
          : new DragEvent('drop', { ...init, dataTransfer: transfer }),
      );
    },
    { kind: event, data: bytes },
  );

test('images can be pasted and dropped into the body', async ({ app }) => {
  await app.open();
  await app.createArticle(headline, 'Texte.');
  const png = [...samplePng(64, 48, 90)];

  await app.body.click();
  await sendImageEvent(app.body, 'paste', png);
  await expect(app.body.locator('figure')).toHaveCount(1);
  await sendImageEvent(app.body, 'drop', [...samplePng(64, 48, 30)]);
  await expect(app.body.locator('figure')).toHaveCount(2);
  for (const image of await app.body.locator('figure img').all()) {
    await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0);
  }
});

test('a photo loses its EXIF and GPS data on the way into the library', async ({ app, page }) => {
  await app.open();
  await app.createArticle(headline, 'Texte.');
  const canvasJpeg = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#c84';
    context.fillRect(0, 0, 40, 30);
    return canvas.toDataURL('image/jpeg').split(',')[1]!;
  });
  const photo = addExifSegment(Buffer.from(canvasJpeg, 'base64'));
  expect(photo.toString('latin1')).toContain('GPSLatitude');

  await insertImageFile(page, { name: 'terrain.jpg', mimeType: 'image/jpeg', buffer: photo });
  const image = app.body.locator('figure img');
  await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0);
  const stored = await image.evaluate(async (element) => {
    const response = await fetch((element as HTMLImageElement).src);
    return new TextDecoder('latin1').decode(await response.arrayBuffer());
  });
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).not.toContain('GPSLatitude');
  expect(stored).not.toContain('secret-source');
});
