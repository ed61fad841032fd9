import { expect, test } from '@playwright/test';
import { clippedControls, lowContrastTexts } from '../pages/layout-checks';

// The layout checks the screenshot specs rely on must be able to fail.
test('the layout checks catch a cut label, a cut option and faint text', async ({ page }) => {
  await page.setContent(`
    <body style="margin: 0; background: #202328; font: 14px sans-serif">
      <button style="width: 40px; white-space: nowrap; overflow: hidden">Photographer</button>
      <select style="width: 60px"><option>Writer</option><option>Photographer</option></select>
      <button style="width: 200px">Fits</button>
      <div style="display: flex; justify-content: flex-end; width: 100px; overflow: hidden">
        <button style="flex: none; width: 150px">Cut by its box</button>
      </div>
      <p style="color: #a4262c">Red on grey</p>
      <p style="color: #f19d97; opacity: 0.5">Faded</p>
      <p style="color: #f19d97">Readable</p>
      <button disabled style="color: #333">Disabled is exempt</button>
    </body>`);
  expect((await clippedControls(page.locator('body'))).map(({ text }) => text)).toEqual([
    'Photographer',
    'Photographer',
    'Cut by its box',
  ]);
  const faint = await lowContrastTexts(page);
  expect(faint.map(({ text }) => text)).toEqual(['Red on grey', 'Faded']);
  expect(faint[0]!.ratio).toBeCloseTo(2.17, 1);
});
