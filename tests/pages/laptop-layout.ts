import { expect, type Locator, type Page } from '@playwright/test';
import { editorNames } from './editor-page';
import { metadataNames } from './metadata-panel';
import { uiNames, type UiLanguage } from './ui-names';

/** The accessible names of the editor bar's folded controls, per interface language. */
export const layoutNames = {
  en: {
    showDetails: 'Show details',
    readiness: 'Publish readiness',
    readinessBadge: /^Publish readiness: /,
    exportMenu: 'Export this article',
    export: 'Export…',
    copyHtml: 'Copy as HTML',
    copyMarkdown: 'Copy as Markdown',
    // Browser mode, where the tests run, makes the PDF through the print dialog and says so.
    exportPdf: 'Export PDF… (print, then “Save as PDF”)',
    print: 'Print…',
  },
  fr: {
    showDetails: 'Afficher les détails',
    readiness: 'Prêt à publier',
    readinessBadge: /^Prêt à publier : /,
    exportMenu: 'Exporter cet article',
    export: 'Exporter…',
    copyHtml: 'Copier en HTML',
    copyMarkdown: 'Copier en Markdown',
    exportPdf: 'Exporter en PDF… (imprimer, puis «\u202fEnregistrer au format PDF\u202f»)',
    print: 'Imprimer…',
  },
} as const;

/** The editor's frame on a laptop screen: the bar above the text, and the room left to write. */
export class LaptopLayout {
  constructor(
    readonly page: Page,
    private readonly screen: { readonly language: UiLanguage },
  ) {}

  get names() {
    return layoutNames[this.screen.language];
  }

  get detailsButton(): Locator {
    return this.page.getByRole('button', { name: this.names.showDetails, exact: true });
  }

  get readinessBadge(): Locator {
    return this.page.getByRole('button', { name: this.names.readinessBadge });
  }

  get readinessList(): Locator {
    return this.page.getByRole('list', { name: this.names.readiness, exact: true });
  }

  get exportMenuButton(): Locator {
    return this.page.getByRole('button', { name: this.names.exportMenu, exact: true });
  }

  get copyHtmlButton(): Locator {
    return this.page.getByRole('button', { name: this.names.copyHtml, exact: true });
  }

  menuItem(name: string): Locator {
    return this.page.getByRole('menuitem', { name, exact: true });
  }

  /**
   * The rectangle the writer sees text in: the body's column, from the bottom of the
   * formatting toolbar to the top of the counts bar.
   */
  async writingArea(): Promise<{ x: number; width: number; height: number }> {
    const language = this.screen.language;
    const body = await this.page
      .getByRole('textbox', { name: uiNames[language].body, exact: true })
      .boundingBox();
    const toolbar = await this.page
      .getByRole('toolbar', { name: editorNames[language].toolbar, exact: true })
      .boundingBox();
    const counts = await this.page
      .getByRole('region', { name: metadataNames[language].counts, exact: true })
      .boundingBox();
    expect(body).not.toBeNull();
    expect(toolbar).not.toBeNull();
    expect(counts).not.toBeNull();
    return {
      x: body!.x,
      width: body!.width,
      height: counts!.y - (toolbar!.y + toolbar!.height),
    };
  }

  /** Whether the page scrolls sideways: nothing should stick out of the window. */
  async pageOverflow(): Promise<{ horizontal: boolean }> {
    return {
      horizontal: await this.page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
    };
  }
}
