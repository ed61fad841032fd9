import { expect, type Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

/** The editor's status (shown as text), its moves (buttons) and its status history. */
export class StatusWorkflow {
  constructor(private readonly app: CopydeskPage) {}

  /** The current status, as text. */
  get current(): Locator {
    return this.app.page.getByRole('status', { name: this.app.names.status, exact: true });
  }

  /** The buttons of the moves the profile may make now. */
  get moves(): Locator {
    return this.app.page
      .getByRole('group', { name: this.app.names.changeStatus, exact: true })
      .getByRole('button');
  }

  moveButton(action: string): Locator {
    return this.moves.filter({ hasText: new RegExp(`^${action}$`) });
  }

  /** The current status first, then the moves offered beside it. */
  get options(): Locator {
    return this.current.or(this.moves);
  }

  /** The dialog a move that notifies someone or publishes asks first. */
  get confirmation(): Locator {
    return this.app.page.getByRole('dialog');
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
    await this.moveButton(action).click();
    const confirm = this.confirmation.getByRole('button', { name: action, exact: true });
    const moved = this.current.filter({ hasText: new RegExp(`^${statusLabel}$`) });
    await expect(confirm.or(moved)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
    await expect(this.current).toHaveText(statusLabel);
    await this.app.waitUntilSaved();
  }

  /** Takes a move the readiness checks block, overriding them with `reason`. */
  async override(action: string, reason: string, statusLabel: string): Promise<void> {
    const page = this.app.page;
    await page.getByRole('button', { name: 'Override…', exact: true }).click();
    const form = page.getByRole('form', { name: `Override the checks (${action})`, exact: true });
    const reasonField = form.getByRole('textbox', { name: 'Reason for the override', exact: true });
    // The reason has a label people see, and the field takes the focus as the form opens.
    await expect(form.getByText('Reason for the override', { exact: true })).toBeVisible();
    await expect(reasonField).toBeFocused();
    await reasonField.fill(reason);
    await form.getByRole('button', { name: `${action} anyway`, exact: true }).click();
    await expect(this.current).toHaveText(statusLabel);
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
