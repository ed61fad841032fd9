import { expect, type Locator, type Page } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

/** Suggestion mode's fixed names (team brief), per interface language. */
export const suggestionNames = {
  en: {
    suggestEdits: 'Suggest edits',
    view: 'Suggestions view',
    withSuggestions: 'With suggestions',
    finalText: 'Final text',
    originalText: 'Original text',
    panelButton: 'Suggestions',
    panel: 'Suggestions',
    insertion: (text: string) => `Insertion: ${text}`,
    deletion: (text: string) => `Deletion: ${text}`,
    replacement: (text: string, by: string) => `Replacement: ${text} → ${by}`,
    accept: 'Accept',
    reject: 'Reject',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
  },
  fr: {
    suggestEdits: 'Suggérer des modifications',
    view: 'Affichage des suggestions',
    withSuggestions: 'Avec les suggestions',
    finalText: 'Texte final',
    originalText: 'Texte d’origine',
    panelButton: 'Suggestions',
    panel: 'Suggestions',
    insertion: (text: string) => `Ajout\u00a0: ${text}`,
    deletion: (text: string) => `Suppression\u00a0: ${text}`,
    replacement: (text: string, by: string) => `Remplacement\u00a0: ${text} → ${by}`,
    accept: 'Accepter',
    reject: 'Refuser',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
  },
} as const;

/** The "Suggest edits" toggle, the view select and the Suggestions panel. */
export class SuggestionsDesk {
  constructor(private readonly app: CopydeskPage) {}

  get page(): Page {
    return this.app.page;
  }

  get names() {
    return suggestionNames[this.app.language];
  }

  get toggle(): Locator {
    return this.page.getByRole('button', { name: this.names.suggestEdits, exact: true });
  }

  get view(): Locator {
    return this.page.getByRole('combobox', { name: this.names.view, exact: true });
  }

  get panelButton(): Locator {
    return this.page.getByRole('button', { name: this.names.panelButton, exact: true });
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: this.names.panel, exact: true });
  }

  get items(): Locator {
    return this.panel.getByRole('article');
  }

  insertion(text: string): Locator {
    return this.panel.getByRole('article', { name: this.names.insertion(text), exact: true });
  }

  deletion(text: string): Locator {
    return this.panel.getByRole('article', { name: this.names.deletion(text), exact: true });
  }

  replacement(text: string, by: string): Locator {
    return this.panel.getByRole('article', {
      name: this.names.replacement(text, by),
      exact: true,
    });
  }

  async setSuggesting(on: boolean): Promise<void> {
    if ((await this.toggle.getAttribute('aria-pressed')) !== String(on)) await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', String(on));
  }

  async openPanel(): Promise<void> {
    if ((await this.panelButton.getAttribute('aria-expanded')) !== 'true')
      await this.panelButton.click();
    await expect(this.panel).toBeVisible();
  }

  async showView(label: string): Promise<void> {
    await this.view.selectOption({ label });
  }

  /** Puts the cursor right after the first occurrence of `text` in the body. */
  async placeCursorAfter(text: string): Promise<void> {
    await this.selectText(text, true);
  }

  /** Selects the first occurrence of `text` in the body (or puts the cursor right after it). */
  async selectText(text: string, collapse = false): Promise<void> {
    await this.app.body.click();
    await this.app.body.evaluate(
      (body, { wanted, collapse }) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const start = node.textContent?.indexOf(wanted) ?? -1;
          if (start === -1) continue;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + wanted.length);
          if (collapse) range.collapse(false);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
        throw new Error(`"${wanted}" is not in the body`);
      },
      { wanted: text, collapse },
    );
  }

  /** The body's text as a reader of the current view sees it (hidden marks left out). */
  visibleBodyText(): Promise<string> {
    return this.app.body.evaluate((body) => (body as HTMLElement).innerText.trim());
  }
}
