import { readCorpusFile, type CorpusFolder } from '../corpus/corpus-files';
import { expect, test } from '../fixtures/copydesk-test';

const corpus = (path: string) => {
  const [folder, name] = path.split('/') as [CorpusFolder, string];
  return readCorpusFile(folder, name);
};

/** Dispatches a real paste event carrying `html`, as the browser does for a clipboard paste. */
const pasteHtml = (element: HTMLElement, html: string) => {
  const data = new DataTransfer();
  data.setData('text/html', html);
  element.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
};

test('a Word paste keeps its list and bold text and drops the Office clutter', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createArticle('Collé depuis Word', '');
  await app.body.click();
  await app.body.evaluate(pasteHtml, corpus('paste/01-word-windows.html'));

  await expect(app.body.getByRole('list').first()).toBeVisible();
  await expect(app.body.locator('strong').first()).toBeVisible();
  const html = await app.body.innerHTML();
  expect(html).not.toMatch(/mso-|<o:p|class="Mso|style=/i);
  await app.waitUntilSaved();
  await page.reload();
  await app.openArticle('Collé depuis Word');
  await expect(app.body.getByRole('list').first()).toBeVisible();
});

test('a hostile paste runs no script and keeps its harmless text', async ({ app, page }) => {
  await app.open();
  await app.createArticle('Collage hostile', '');
  await app.body.click();
  await app.body.evaluate(
    pasteHtml,
    '<p>Texte sûr</p><img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">lien</a><script>window.__pwned=3</script>',
  );

  await expect(app.body).toContainText('Texte sûr');
  await expect(app.body).toContainText('lien');
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await app.body.locator('a[href^="javascript"], img[onerror], script').count()).toBe(0);
});

test('a pasted passage in another language stays marked with its language', async ({ app }) => {
  await app.open();
  await app.createArticle('Collage bilingue', '');
  await app.body.click();
  await app.body.evaluate(
    pasteHtml,
    '<p>Le ministre a parlé d’un scrutin <span lang="en-gb">free and fair</span>.</p>',
  );

  await expect(app.body.locator('span[lang="en-GB"]')).toHaveText('free and fair');
  await app.waitUntilSaved();
});
