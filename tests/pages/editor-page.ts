import { expect, type Locator, type Page } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

/** Names of the editor's commands, find bar and link dialog, per interface language. */
export const editorNames = {
  en: {
    toolbar: 'Formatting',
    selectionMenu: 'Selection formatting',
    bold: 'Bold',
    italic: 'Italic',
    heading2: 'Heading 2',
    link: 'Link',
    linkAddress: 'Link address',
    linkApply: 'Apply',
    linkRefused: /This address is not allowed/,
    findInArticle: 'Find in article',
    replaceWith: 'Replace with',
    replaceAll: 'Replace all',
    matchCase: 'Match case',
    wholeWord: 'Whole word',
    count: (current: number, total: number) => `${current} of ${total}`,
    focusMode: 'Focus mode',
    fullScreen: 'Full screen',
    more: 'More formatting',
    pullQuote: 'Pull quote from the selection',
    quoteSelection: 'Quote the selection',
    insertTable: 'Insert table…',
    tableDialog: 'Insert table',
    rows: 'Rows',
    columns: 'Columns',
    headerRow: 'First row is a header row',
    insert: 'Insert',
  },
  fr: {
    toolbar: 'Mise en forme',
    selectionMenu: 'Mise en forme de la sélection',
    bold: 'Gras',
    italic: 'Italique',
    heading2: 'Intertitre 2',
    link: 'Lien',
    linkAddress: 'Adresse du lien',
    linkApply: 'Appliquer',
    linkRefused: /Cette adresse n’est pas autorisée/,
    findInArticle: 'Rechercher dans l’article',
    replaceWith: 'Remplacer par',
    replaceAll: 'Tout remplacer',
    matchCase: 'Respecter la casse',
    wholeWord: 'Mot entier',
    count: (current: number, total: number) => `${current} sur ${total}`,
    focusMode: 'Mode concentration',
    fullScreen: 'Plein écran',
    more: 'Plus de mise en forme',
    pullQuote: 'Mettre la sélection en exergue',
    quoteSelection: 'Mettre en exergue',
    insertTable: 'Insérer un tableau…',
    tableDialog: 'Insérer un tableau',
    rows: 'Lignes',
    columns: 'Colonnes',
    headerRow: 'La première ligne est une ligne d’en-tête',
    insert: 'Insérer',
  },
} as const;

/** The article body's formatting: toolbar, selection menu, link dialog and find bar. */
export class EditorPage {
  constructor(private readonly app: CopydeskPage) {}

  get page(): Page {
    return this.app.page;
  }

  get names() {
    return editorNames[this.app.language];
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.names.toolbar, exact: true });
  }

  get selectionMenu(): Locator {
    return this.page.getByRole('toolbar', { name: this.names.selectionMenu, exact: true });
  }

  toolbarButton(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** A toolbar command, through "More formatting" when the window is too narrow to show it. */
  async runCommand(name: string): Promise<void> {
    const button = this.toolbarButton(name);
    if (await button.isVisible()) return button.click();
    const more = this.page.getByRole('group', { name: this.names.more, exact: true });
    if (!(await more.isVisible())) await this.toolbarButton(this.names.more).click();
    await more.getByRole('button', { name, exact: true }).click();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true });
  }

  get linkDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.names.link, exact: true });
  }

  get findBox(): Locator {
    return this.page.getByRole('searchbox', { name: this.names.findInArticle, exact: true });
  }

  get replaceBox(): Locator {
    return this.page.getByRole('textbox', { name: this.names.replaceWith, exact: true });
  }

  get findCount(): Locator {
    return this.page.getByRole('search').getByRole('status');
  }

  /** Selects the first occurrence of `text` in the body, as a drag of the mouse would. */
  async select(text: string): Promise<void> {
    await this.app.body.click();
    await this.app.body.evaluate((body, wanted) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(wanted) ?? -1;
        if (start === -1) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + wanted.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in the body`);
    }, text);
    await expect
      .poll(() => this.page.evaluate(() => document.getSelection()?.toString()))
      .toBe(text);
  }

  async addLink(address: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.linkDialog).toBeVisible();
    await this.linkDialog
      .getByRole('textbox', { name: this.names.linkAddress, exact: true })
      .fill(address);
    await this.linkDialog.getByRole('button', { name: this.names.linkApply, exact: true }).click();
  }
}
