import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/copydesk-test';
import { startNewsroomServe, type NewsroomServe } from '../fixtures/start-newsroom-serve';
import type { CopydeskPage } from '../pages/copydesk-page';
import { screenshotFolder } from '../pages/screenshot-folder';

const connectDialog = (desk: CopydeskPage): Locator =>
  desk.page.getByRole('dialog', { name: 'Connect to a newsroom server' });

const badge = (desk: CopydeskPage): Locator => desk.page.locator('.newsroom-badge');

/** Settings → "Connect to a newsroom server…", the address and the invitation. */
const joinNewsroom = async (
  desk: CopydeskPage,
  address: string,
  invitation: string,
): Promise<void> => {
  await desk.page.setViewportSize({ width: 1280, height: 720 });
  await desk.open();
  const settings = await desk.openSettings();
  await settings.root.getByRole('button', { name: 'Connect to a newsroom server…' }).click();
  const dialog = connectDialog(desk);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Server address' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(address);
  await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
};

test.describe('newsroom desks', () => {
  let newsroom: NewsroomServe;
  test.beforeEach(async () => {
    newsroom = await startNewsroomServe();
  });
  test.afterEach(async () => {
    await newsroom.stop();
  });

  test('a wrong invitation is refused with a clear message', async ({ app }) => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.open();
    const settings = await app.openSettings();
    await settings.root.getByRole('button', { name: 'Connect to a newsroom server…' }).click();
    const dialog = connectDialog(app);
    await dialog.getByRole('textbox', { name: 'Server address' }).fill(newsroom.address);
    await dialog.getByRole('textbox', { name: 'Invitation' }).fill('cdi_not-an-invitation-at-all');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'The server does not know this invitation, or it has been used already. Ask for a new one.',
    );
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-connect-en.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await app.switchLanguage('fr');
    await app.page.getByRole('button', { name: 'Réglages', exact: true }).click();
    await app.page.getByRole('button', { name: 'Se connecter à un serveur de rédaction…' }).click();
    const french = app.page.getByRole('dialog', { name: 'Se connecter à un serveur de rédaction' });
    await expect(french.getByRole('textbox', { name: 'Adresse du serveur' })).toBeFocused();
    await french.getByRole('textbox', { name: 'Adresse du serveur' }).fill('127.0.0.1:9');
    await french.getByRole('textbox', { name: 'Invitation' }).fill('cdi_not-an-invitation-at-all');
    await french.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await expect(french.getByRole('alert')).toContainText('Aucun serveur de rédaction ne répond');
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-connect-fr.png') });
  });

  test('two desks type in one paragraph through the server, keep writing through an outage, and merge', async ({
    app,
    colleague,
  }) => {
    await joinNewsroom(app, newsroom.address, newsroom.addUser('Awa Diop', 'reporter'));
    await joinNewsroom(colleague, newsroom.address, newsroom.addUser('Moussa Traoré', 'editor'));
    await expect(badge(app)).toHaveText('Connected as Awa Diop (Reporter)');
    await expect(badge(colleague)).toHaveText('Connected as Moussa Traoré (Editor)');

    await app.createArticle('Crue du Niger', 'Le fleuve monte.');
    await expect(colleague.articleRow('Crue du Niger')).toBeVisible({ timeout: 15_000 });
    await colleague.openArticle('Crue du Niger');
    await expect.poll(() => colleague.readBody()).toBe('Le fleuve monte.');
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-header-en.png') });

    await app.body.click();
    await app.page.keyboard.press('Control+Home');
    await colleague.body.click();
    await colleague.page.keyboard.press('Control+End');
    for (const [mine, theirs] of [
      ['Niamey ', ' Les digues'],
      [': ', ' ont'],
      ['alerte. ', ' cédé.'],
    ] as const) {
      await app.page.keyboard.type(mine);
      await colleague.page.keyboard.type(theirs);
    }
    const together = 'Niamey : alerte. Le fleuve monte. Les digues ont cédé.';
    await expect.poll(() => app.readBody(), { timeout: 15_000 }).toBe(together);
    await expect.poll(() => colleague.readBody(), { timeout: 15_000 }).toBe(together);

    await newsroom.kill();
    await expect(badge(app)).toHaveText('Newsroom offline: working on the local copy');
    await expect(badge(colleague)).toHaveText('Newsroom offline: working on the local copy');
    await app.page.keyboard.type('Hors ligne A.');
    await colleague.page.keyboard.type(' Hors ligne B.');
    await app.waitUntilSaved();
    await colleague.waitUntilSaved();
    await expect(app.page.locator('.editor-bar .sync-state-tag')).toContainText('Offline');
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-offline-en.png') });

    await newsroom.start();
    await expect(badge(app)).toHaveText('Connected as Awa Diop (Reporter)', { timeout: 15_000 });
    await expect(badge(colleague)).toHaveText('Connected as Moussa Traoré (Editor)', {
      timeout: 15_000,
    });
    for (const desk of [app, colleague]) {
      await expect(desk.body).toContainText('Hors ligne A.', { timeout: 15_000 });
      await expect(desk.body).toContainText('Hors ligne B.', { timeout: 15_000 });
      await expect(desk.body).toContainText('Les digues ont cédé.');
    }
    await expect.poll(() => colleague.readBody()).toBe(await app.readBody());

    await app.switchLanguage('fr');
    await expect(badge(app)).toHaveText('Connecté·e en tant que Awa Diop (Rédacteur)');
    await app.page.screenshot({ path: join(screenshotFolder, 'newsroom-header-fr.png') });
  });
});
