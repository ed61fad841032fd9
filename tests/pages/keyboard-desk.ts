import { expect, type Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

/** The keyboard's names (shortcuts help, skip links, side panel, More formatting), per language. */
export const keyboardNames = {
  en: {
    shortcuts: 'Keyboard shortcuts',
    toggleSidePanel: 'Show or hide the side panel',
    skipToArticle: 'Skip to article',
    skipToList: 'Skip to list',
    close: 'Close',
    detailsPanel: 'Article details',
    moreFormatting: 'More formatting',
  },
  fr: {
    shortcuts: 'Raccourcis clavier',
    toggleSidePanel: 'Afficher ou masquer le panneau latéral',
    skipToArticle: 'Aller à l’article',
    skipToList: 'Aller à la liste',
    close: 'Fermer',
    detailsPanel: 'Détails de l’article',
    moreFormatting: 'Plus de mise en forme',
  },
} as const;

/** What a keyboard user reaches: the shortcuts help, the skip links, the panels and popovers. */
export class KeyboardDesk {
  /** Key presses since the count was last reset: the length of a keyboard trip. */
  presses = 0;

  constructor(private readonly app: CopydeskPage) {}

  get names() {
    return keyboardNames[this.app.language];
  }

  /** Presses a key (or a combination) and counts it. */
  async press(key: string): Promise<void> {
    this.presses += 1;
    await this.app.page.keyboard.press(key);
  }

  get shortcutsHelp(): Locator {
    return this.app.page.getByRole('dialog', { name: this.names.shortcuts, exact: true });
  }

  shortcutRow(label: string): Locator {
    return this.shortcutsHelp.getByRole('row', { name: new RegExp(`^${label} `) });
  }

  skipLink(name: 'skipToArticle' | 'skipToList'): Locator {
    return this.app.page.getByRole('link', { name: this.names[name], exact: true });
  }

  get detailsPanel(): Locator {
    return this.app.page.getByRole('complementary', { name: this.names.detailsPanel, exact: true });
  }

  get moreFormattingButton(): Locator {
    return this.app.page.getByRole('button', { name: this.names.moreFormatting, exact: true });
  }

  get moreFormatting(): Locator {
    return this.app.page.getByRole('group', { name: this.names.moreFormatting, exact: true });
  }

  async expectHelpClosed(): Promise<void> {
    await expect(this.shortcutsHelp).toBeHidden();
  }
}
