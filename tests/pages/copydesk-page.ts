import { expect, type Locator, type Page } from '@playwright/test';
import { SettingsDialog } from './settings-dialog';
import { uiNames, type UiLanguage, type UiNames } from './ui-names';

/** Row names are "<headline> — <details>": match this headline exactly, not a longer one. */
const rowName = (headline: string): RegExp =>
  new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( — |$)`);

/** The main screen: article list beside the editor pane, located by role and accessible name only. */
export class CopydeskPage {
  language: UiLanguage = 'en';

  constructor(
    readonly page: Page,
    private readonly server: { readonly url: string },
  ) {}

  get names(): UiNames {
    return uiNames[this.language];
  }

  /** Opens the app; a first-run profile screen (fresh settings) is put off with "Later". */
  async open(): Promise<void> {
    await this.page.goto(this.server.url);
    await expect(this.newArticleButton.or(this.firstRunScreen)).toBeVisible();
    if (await this.firstRunScreen.isVisible()) {
      await this.firstRunScreen
        .getByRole('button', { name: new RegExp(`^(${uiNames.en.later}|${uiNames.fr.later})$`) })
        .click();
    }
    await expect(this.newArticleButton).toBeVisible();
  }

  /** The first-run screen, in whichever language the fresh settings chose. */
  get firstRunScreen(): Locator {
    return this.page.getByRole('dialog', {
      name: new RegExp(`^(${uiNames.en.firstRun}|${uiNames.fr.firstRun})$`),
    });
  }

  get newArticleButton(): Locator {
    return this.page.getByRole('button', { name: this.names.newArticle, exact: true });
  }

  get articleList(): Locator {
    return this.page.getByRole('list', { name: this.names.articles, exact: true });
  }

  articleRow(headline: string): Locator {
    return this.articleList.getByRole('listitem', { name: rowName(headline) });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: this.names.search, exact: true });
  }

  get headline(): Locator {
    return this.page.getByRole('textbox', { name: this.names.headline, exact: true });
  }

  get body(): Locator {
    return this.page.getByRole('textbox', { name: this.names.body, exact: true });
  }

  /**
   * The body as people read it: colleagues' carets (aria-hidden name tags) left out, and spaces
   * (no-break ones included) compared as spaces, as `toHaveText` does.
   */
  async readBody(): Promise<string> {
    const text = await this.body.evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent ?? '';
    });
    return text.replace(/\s+/g, ' ').trim();
  }

  get saveStatus(): Locator {
    return this.page.getByRole('status', { name: this.names.saveStatus, exact: true });
  }

  get deleteButton(): Locator {
    return this.page.getByRole('button', { name: this.names.deleteArticle, exact: true });
  }

  get trashButton(): Locator {
    return this.page.getByRole('button', { name: this.names.trash, exact: true });
  }

  get settingsButton(): Locator {
    return this.page.getByRole('button', { name: this.names.settings, exact: true });
  }

  async createArticle(headline: string, bodyText: string): Promise<void> {
    await this.newArticleButton.click();
    // Typing before the new, empty article is shown would write into the previous one.
    await expect(this.headline).toHaveValue('');
    await expect(this.body).toHaveText('');
    await this.headline.fill(headline);
    await this.body.click();
    await this.body.pressSequentially(bodyText);
    await this.waitUntilSaved();
  }

  /** Adds text at the end of the body in one input event (as a paste would). */
  async appendToBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.insertText(text);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(this.names.saved);
  }

  async openArticle(headline: string): Promise<void> {
    await this.articleRow(headline).click();
    await expect(this.headline).toHaveValue(headline);
  }

  async deleteCurrentArticle(): Promise<void> {
    await this.deleteButton.click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.names.confirmDelete, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async openSettings(): Promise<SettingsDialog> {
    await this.settingsButton.click();
    const dialog = new SettingsDialog(this.page.getByRole('dialog'), this);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Switches the interface language through Settings and waits for the screen to follow. */
  async switchLanguage(language: UiLanguage): Promise<void> {
    const settings = await this.openSettings();
    await settings.language.selectOption({ label: uiNames[language].languageOption });
    this.language = language;
    await expect(settings.language).toBeVisible();
    await settings.close();
    await expect(this.newArticleButton).toBeVisible();
  }

  async switchTheme(themeLabel: string): Promise<void> {
    const settings = await this.openSettings();
    await settings.theme.selectOption({ label: themeLabel });
    await settings.close();
  }
}
