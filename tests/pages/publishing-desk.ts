import { expect, type Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

/** WordPress publishing in the UI: a site in Settings, the editor's publishing group, the outbox. */
export class PublishingDesk {
  constructor(private readonly app: CopydeskPage) {}

  /** Adds a site in Settings, with its application password, and closes Settings. */
  async addSite(site: { name: string; address: string; userName: string; password: string }) {
    const settings = await this.app.openSettings();
    const sites = settings.root.getByRole('group', { name: 'WordPress sites', exact: true });
    await sites.getByRole('textbox', { name: 'Name on the desk', exact: true }).fill(site.name);
    await sites.getByRole('textbox', { name: 'Site address', exact: true }).fill(site.address);
    await sites
      .getByRole('textbox', { name: 'WordPress user name', exact: true })
      .fill(site.userName);
    await sites
      .getByRole('textbox', { name: 'Application password', exact: true })
      .fill(site.password);
    await sites.getByRole('button', { name: 'Save the site', exact: true }).click();
    await expect(sites.getByRole('list', { name: 'WordPress sites' })).toContainText(site.name);
    await settings.close();
  }

  /** Sets what a site makes of Approved (or Published) articles, in Settings. */
  async mapStatus(site: string, status: 'Approved' | 'Published', as: string, shot?: string) {
    const settings = await this.app.openSettings();
    const select = settings.root.getByRole('combobox', {
      name: `${status} articles go out on ${site} as`,
      exact: true,
    });
    await select.selectOption({ label: as });
    await expect(select).toHaveValue(/./);
    await expect(select.locator('option:checked')).toHaveText(as);
    if (shot !== undefined) {
      await select.scrollIntoViewIfNeeded();
      await this.app.page.screenshot({ path: shot });
    }
    await settings.close();
  }

  /** The open article's publishing group in the editor's bar (state, publish, correction). */
  get editorGroup(): Locator {
    return this.app.page.getByRole('group', { name: 'WordPress', exact: true });
  }

  get editorState(): Locator {
    return this.editorGroup.locator('.publish-state');
  }

  rowState(headline: string): Locator {
    return this.app.articleRow(headline).locator('.publish-state');
  }

  publishButton(site: string): Locator {
    return this.editorGroup.getByRole('button', { name: `Publish to ${site}`, exact: true });
  }

  /** "Update on <site>": the article already went out there. */
  updateButton(site: string): Locator {
    return this.editorGroup.getByRole('button', { name: `Update on ${site}`, exact: true });
  }

  get correctionButton(): Locator {
    return this.editorGroup.getByRole('button', { name: 'Publish a correction…', exact: true });
  }

  get correctionDialog(): Locator {
    return this.app.page.getByRole('dialog', { name: 'Publish a correction', exact: true });
  }

  async publishCorrection(text: string): Promise<void> {
    await this.correctionButton.click();
    await this.correctionDialog
      .getByRole('textbox', { name: 'Correction', exact: true })
      .fill(text);
    await this.correctionDialog
      .getByRole('button', { name: 'Publish the correction', exact: true })
      .click();
    await expect(this.correctionDialog).toBeHidden();
  }

  get outboxButton(): Locator {
    return this.app.page.getByRole('button', { name: 'Outbox', exact: true });
  }

  get outbox(): Locator {
    return this.app.page.getByRole('dialog', { name: 'Outbox', exact: true });
  }

  /** The outbox's jobs, newest first. */
  get outboxJobs(): Locator {
    return this.outbox.getByRole('list', { name: 'Outbox', exact: true }).getByRole('listitem');
  }
}
