import { expect, type Locator } from '@playwright/test';
import type { UiNames } from './ui-names';

/** The settings dialog (role=dialog) opened by the "Settings" button. */
export class SettingsDialog {
  constructor(
    readonly root: Locator,
    private readonly screen: { readonly names: UiNames },
  ) {}

  get language(): Locator {
    return this.root.getByRole('combobox', {
      name: this.screen.names.interfaceLanguage,
      exact: true,
    });
  }

  get theme(): Locator {
    return this.root.getByRole('combobox', { name: this.screen.names.theme, exact: true });
  }

  get authorName(): Locator {
    return this.root.getByRole('textbox', { name: this.screen.names.authorName, exact: true });
  }

  get role(): Locator {
    return this.root.getByRole('combobox', { name: this.screen.names.role, exact: true });
  }

  async close(): Promise<void> {
    await this.root.page().keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }
}
