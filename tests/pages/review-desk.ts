import { expect, type Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';
import { EditorPage } from './editor-page';
import { SuggestionsDesk } from './suggestions-desk';

/** The review tools around one article: comments, suggestions and the package handoff (English UI). */
export class ReviewDesk {
  readonly editor: EditorPage;
  readonly suggestionMode: SuggestionsDesk;

  constructor(private readonly app: CopydeskPage) {
    this.editor = new EditorPage(app);
    this.suggestionMode = new SuggestionsDesk(app);
  }

  private button(name: string | RegExp, scope: Locator | null = null): Locator {
    const root = scope ?? this.app.page;
    return typeof name === 'string'
      ? root.getByRole('button', { name, exact: true })
      : root.getByRole('button', { name });
  }

  get commentsPanel(): Locator {
    return this.app.page.getByRole('complementary', { name: 'Comments', exact: true });
  }

  get suggestionsPanel(): Locator {
    return this.suggestionMode.panel;
  }

  thread(quote: string): Locator {
    return this.commentsPanel.getByRole('article', { name: new RegExp(`^${quote}`) });
  }

  async openCommentsPanel(): Promise<void> {
    if (await this.commentsPanel.isVisible()) return;
    await this.button(/^Comments/).click();
    await expect(this.commentsPanel).toBeVisible();
  }

  openSuggestionsPanel(): Promise<void> {
    return this.suggestionMode.openPanel();
  }

  async addComment(quote: string, text: string): Promise<void> {
    await this.editor.select(quote);
    await this.editor.toolbarButton('Add comment').click();
    await this.app.page.getByRole('textbox', { name: 'Comment', exact: true }).fill(text);
    await this.button('Comment').click();
    await this.openCommentsPanel();
    await expect(this.thread(quote)).toContainText(text);
  }

  async reply(quote: string, text: string): Promise<void> {
    const thread = this.thread(quote);
    await thread.getByRole('textbox', { name: 'Reply', exact: true }).fill(text);
    await this.button('Reply', thread).click();
    await expect(thread).toContainText(text);
  }

  async resolve(quote: string): Promise<void> {
    await this.button('Resolve', this.thread(quote)).click();
  }

  setSuggesting(on: boolean): Promise<void> {
    return this.suggestionMode.setSuggesting(on);
  }

  get suggestions(): Locator {
    return this.suggestionMode.items;
  }

  /** "Send for review…": returns the message the app shows once the package is written. */
  async sendForReview(): Promise<void> {
    await this.app.waitUntilSaved();
    await this.button('Send for review…').click();
    await this.app.page
      .getByRole('dialog', { name: 'Send for review', exact: true })
      .getByRole('button', { name: 'Save the package…', exact: true })
      .click();
    await expect(this.app.page.getByText(/\.copydesk/).first()).toBeVisible();
  }

  async importPackage(path: string, expectedOutcome: string | RegExp): Promise<void> {
    const chooser = this.app.page.waitForEvent('filechooser');
    await this.button('Import…').click();
    await (await chooser).setFiles(path);
    await expect(this.importReport).toContainText(expectedOutcome);
  }

  get importReport(): Locator {
    return this.app.page.getByRole('region', { name: 'Import report', exact: true });
  }

  /**
   * Trusts the signing key the last import met for the first time, after checking the report
   * names who signed with it; the moves it signed are then applied.
   */
  async trustSender(name: string): Promise<void> {
    await expect(this.importReport).toContainText(`Signed by ${name}`);
    await expect(this.importReport).toContainText(/Fingerprint: ([0-9a-f]{4} ){7}[0-9a-f]{4}/);
    await this.importReport.getByRole('button', { name: 'Trust this key', exact: true }).click();
    await expect(this.importReport.getByText('Trusted', { exact: true })).toBeVisible();
  }
}
