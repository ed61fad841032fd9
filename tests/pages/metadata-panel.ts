import { expect, type Locator, type Page } from '@playwright/test';
import type { UiLanguage } from './ui-names';

/** The accessible names of the metadata panel and the counts bar, per interface language. */
export const metadataNames = {
  en: {
    panel: 'Article details',
    standfirst: 'Standfirst',
    slug: 'Slug',
    seoTitle: 'SEO title',
    socialTitle: 'Social title',
    metaDescription: 'Meta description',
    section: 'Section',
    tags: 'Tags',
    removeTag: (tag: string) => `Remove tag ${tag}`,
    addByline: 'Add byline',
    bylineName: 'Byline name',
    bylineRole: 'Byline role',
    moveBylineUp: 'Move byline up',
    dateline: 'Dateline',
    place: 'Place',
    date: 'Date',
    language: 'Language',
    deadline: 'Deadline',
    embargo: 'Embargo',
    targetLength: 'Target length',
    targetUnit: 'Target length unit',
    editorialNote: 'Editorial note',
    typography: 'French typography on',
    fixTypography: 'Fix typography',
    counts: 'Counts',
    targetProgress: 'Target length progress',
    over: 'Over by',
  },
  fr: {
    panel: 'Détails de l’article',
    standfirst: 'Chapô',
    slug: 'Slug',
    seoTitle: 'Titre SEO',
    socialTitle: 'Titre pour les réseaux sociaux',
    metaDescription: 'Méta-description',
    section: 'Rubrique',
    tags: 'Mots-clés',
    removeTag: (tag: string) => `Retirer le mot-clé ${tag}`,
    addByline: 'Ajouter une signature',
    bylineName: 'Nom de la signature',
    bylineRole: 'Rôle de la signature',
    moveBylineUp: 'Monter la signature',
    dateline: 'Lieu et date',
    place: 'Lieu',
    date: 'Date',
    language: 'Langue',
    deadline: 'Échéance',
    embargo: 'Embargo',
    targetLength: 'Longueur cible',
    targetUnit: 'Unité de la longueur cible',
    editorialNote: 'Note de la rédaction',
    typography: 'Typographie française activée',
    fixTypography: 'Corriger la typographie',
    counts: 'Comptages',
    targetProgress: 'Progression vers la longueur cible',
    over: 'Dépassement de',
  },
} as const;

/** The metadata panel beside the body, and the counts bar below it. */
export class MetadataPanel {
  constructor(
    readonly page: Page,
    private readonly screen: { readonly language: UiLanguage },
  ) {}

  get names() {
    return metadataNames[this.screen.language];
  }

  get root(): Locator {
    return this.page.getByRole('complementary', { name: this.names.panel, exact: true });
  }

  textbox(name: string): Locator {
    return this.root.getByRole('textbox', { name, exact: true });
  }

  combobox(name: string): Locator {
    return this.root.getByRole('combobox', { name, exact: true });
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** Above the body, under the headline, where the reader meets it. */
  get standfirst(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('textbox', { name: this.names.standfirst, exact: true });
  }

  get slug(): Locator {
    return this.textbox(this.names.slug);
  }

  /** The headline variants; each one's counter is its accessible description. */
  get seoTitle(): Locator {
    return this.textbox(this.names.seoTitle);
  }

  get socialTitle(): Locator {
    return this.textbox(this.names.socialTitle);
  }

  get metaDescription(): Locator {
    return this.textbox(this.names.metaDescription);
  }

  get section(): Locator {
    return this.root
      .getByRole('combobox', { name: this.names.section, exact: true })
      .or(this.textbox(this.names.section));
  }

  get tags(): Locator {
    return this.root
      .getByRole('combobox', { name: this.names.tags, exact: true })
      .or(this.textbox(this.names.tags));
  }

  get bylineNames(): Locator {
    return this.textbox(this.names.bylineName);
  }

  get bylineRoles(): Locator {
    return this.combobox(this.names.bylineRole);
  }

  get dateline(): Locator {
    return this.root.getByRole('group', { name: this.names.dateline, exact: true });
  }

  get language(): Locator {
    return this.combobox(this.names.language);
  }

  get deadline(): Locator {
    return this.root.getByLabel(this.names.deadline, { exact: true });
  }

  get embargo(): Locator {
    return this.root.getByLabel(this.names.embargo, { exact: true });
  }

  get targetLength(): Locator {
    return this.root.getByRole('spinbutton', { name: this.names.targetLength, exact: true });
  }

  get targetUnit(): Locator {
    return this.combobox(this.names.targetUnit);
  }

  get editorialNote(): Locator {
    return this.textbox(this.names.editorialNote);
  }

  get typographySwitch(): Locator {
    return this.root.getByRole('switch', { name: this.names.typography, exact: true });
  }

  get fixTypography(): Locator {
    return this.button(this.names.fixTypography);
  }

  get counts(): Locator {
    return this.page.getByRole('region', { name: this.names.counts, exact: true });
  }

  get targetProgress(): Locator {
    return this.page.getByRole('progressbar', { name: this.names.targetProgress, exact: true });
  }

  async addTags(...tags: string[]): Promise<void> {
    for (const tag of tags) {
      await this.tags.fill(tag);
      await this.tags.press('Enter');
      await expect(this.button(this.names.removeTag(tag))).toBeVisible();
    }
  }
}
