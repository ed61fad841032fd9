import { expect, type Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

/** The editor's status select (moves offered as actions) and its status history. */
export class StatusWorkflow {
  constructor(private readonly app: CopydeskPage) {}

  get select(): Locator {
    return this.app.page.getByRole('combobox', { name: this.app.names.status, exact: true });
  }

  get options(): Locator {
    return this.select.getByRole('option');
  }

  historyButton(name: string): Locator {
    return this.app.page.getByRole('button', { name, exact: true });
  }

  history(name: string): Locator {
    return this.app.page.getByRole('list', { name, exact: true });
  }

  /** Opens the publish-readiness badge (if it is closed) and returns its checklist. */
  async readiness(): Promise<Locator> {
    const page = this.app.page;
    const badge = page.getByRole('button', { name: /^Publish readiness: / });
    if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
    return page.getByRole('list', { name: 'Publish readiness', exact: true });
  }

  /** Takes the move labelled `action` and waits until the article shows `statusLabel`. */
  async move(action: string, statusLabel: string): Promise<void> {
    await this.select.selectOption({ label: action });
    await expect(this.options.first()).toHaveText(statusLabel);
    await this.app.waitUntilSaved();
  }

  /** Takes a move the readiness checks block, overriding them with `reason`. */
  async override(action: string, reason: string, statusLabel: string): Promise<void> {
    const page = this.app.page;
    await page.getByRole('button', { name: 'Override…', exact: true }).click();
    const form = page.getByRole('form', { name: `Override the checks (${action})`, exact: true });
    await form.getByRole('textbox', { name: 'Reason for the override', exact: true }).fill(reason);
    await form.getByRole('button', { name: `${action} anyway`, exact: true }).click();
    await expect(this.options.first()).toHaveText(statusLabel);
    await this.app.waitUntilSaved();
  }

  /** Sets the profile (author name and role) in Settings. */
  async setProfile(name: string, roleLabel: string): Promise<void> {
    const settings = await this.app.openSettings();
    await settings.authorName.fill(name);
    await settings.role.selectOption({ label: roleLabel });
    await expect(settings.role).toHaveValue(/\w/);
    await settings.close();
  }
}
