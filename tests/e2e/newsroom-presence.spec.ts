import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/copydesk-test';
import { startNewsroomServe, type NewsroomServe } from '../fixtures/start-newsroom-serve';
import type { CopydeskPage } from '../pages/copydesk-page';
import { screenshotFolder } from '../pages/screenshot-folder';

/** The profile's name (what the others see), then Settings → "Connect to a newsroom server…". */
const joinAs = async (desk: CopydeskPage, name: string, address: string, invitation: string) => {
  await desk.page.setViewportSize({ width: 1280, height: 720 });
  await desk.open();
  const settings = await desk.openSettings();
  await settings.authorName.fill(name);
  await settings.root.getByRole('button', { name: 'Connect to a newsroom server…' }).click();
  const dialog = desk.page.getByRole('dialog', { name: 'Connect to a newsroom server' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(address);
  await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(desk.page.locator('.newsroom-badge')).toContainText('Connected as');
};

const whoIsHere = (desk: CopydeskPage, label: string): Locator =>
  desk.page.getByRole('list', { name: label, exact: true });

test.describe('newsroom presence', () => {
  let newsroom: NewsroomServe;
  test.beforeEach(async () => {
    newsroom = await startNewsroomServe();
  });
  test.afterEach(async () => {
    await newsroom.stop();
  });

  test.setTimeout(120_000);
  test('two desks in one article see each other in the bar, the caret, and the headline hint', async ({
    app,
    colleague,
  }) => {
    await joinAs(app, 'Awa Diop', newsroom.address, newsroom.addUser('Awa Diop', 'reporter'));
    await joinAs(
      colleague,
      'Moussa Traoré',
      newsroom.address,
      newsroom.addUser('Moussa Traoré', 'editor'),
    );
    await app.createArticle('Crue du Niger', 'Le fleuve monte à Niamey.');
    await expect(colleague.articleRow('Crue du Niger')).toBeVisible({ timeout: 15_000 });
    await colleague.openArticle('Crue du Niger');

    // Alone, nobody is listed; together, each sees the other (never themselves).
    const awaSees = whoIsHere(app, 'Also in this article');
    const moussaSees = whoIsHere(colleague, 'Also in this article');
    await expect(moussaSees.getByRole('listitem')).toHaveAttribute('title', /^Awa Diop/, {
      timeout: 10_000,
    });
    await expect(awaSees.getByRole('listitem')).toHaveAttribute('title', /^Moussa Traoré/, {
      timeout: 10_000,
    });
    await expect(moussaSees.getByRole('listitem')).toContainText('AD');

    // Awa selects "fleuve" in the body: Moussa sees her caret with her name, and where she is.
    await app.body.click();
    await app.page.keyboard.press('Control+Home');
    for (let step = 0; step < 2; step += 1) await app.page.keyboard.press('Control+ArrowRight');
    await app.page.keyboard.press('Control+Shift+ArrowLeft');
    await expect(colleague.page.locator('.presence-caret-label')).toHaveText('Awa Diop');
    await expect(colleague.page.locator('.presence-selection')).toHaveText('fleuve');
    await expect(moussaSees.getByRole('listitem')).toHaveAttribute(
      'title',
      'Awa Diop, in the text',
    );

    // Moussa types in the headline: Awa gets the advisory hint, and her headline stays editable.
    await colleague.headline.click();
    await expect(app.page.getByText('Moussa Traoré is editing the headline')).toBeVisible();
    await expect(app.headline).toBeEditable();
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-presence-hint-en.png') });
    await colleague.page.screenshot({
      path: join(screenshotFolder, 'newsroom-presence-caret-en.png'),
    });

    await app.switchLanguage('fr');
    await colleague.switchLanguage('fr');
    await colleague.headline.click();
    await expect(app.page.getByText('Moussa Traoré modifie le titre')).toBeVisible();
    await expect(whoIsHere(app, 'Aussi dans cet article')).toBeVisible();
    await app.body.click();
    await app.page.keyboard.press('Control+End');
    await colleague.body.click();
    await expect(colleague.page.locator('.presence-caret-label')).toHaveText('Awa Diop');
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-presence-fr.png') });
    await colleague.page.screenshot({
      path: join(screenshotFolder, 'newsroom-presence-caret-fr.png'),
    });

    // Moussa leaves the article: he is gone from Awa's bar.
    await colleague.page.getByRole('button', { name: 'Nouvel article', exact: true }).click();
    await expect(whoIsHere(app, 'Aussi dans cet article')).toHaveCount(0, { timeout: 15_000 });
  });
});
