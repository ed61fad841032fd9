import { z } from 'zod';
import { defaultHeadlineVariantLimits } from './headline-variants';
import { Role } from './role';
import { WordpressSite } from './wordpress-site';

export const uiLanguages = ['fr', 'en'] as const;
export const UiLanguage = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const typographyProfileNames = ['fr-FR', 'fr-FR-nnbsp', 'fr-FR-nbsp', 'fr-CA'] as const;
export const TypographyProfileName = z.enum(typographyProfileNames);

export const Settings = z.object({
  authorName: z.string().trim().max(200),
  uiLanguage: UiLanguage,
  theme: Theme,
  lastLibrary: z.string().nullable(),
  recentLibraries: z.array(z.string()).max(10),
  /** The house's French typography (see shared/text/typography-profile.ts). */
  typographyProfile: TypographyProfileName,
  /** Reading speed of French articles, from signes. */
  readingSignesPerMinute: z.number().int().min(100).max(10_000),
  /** Reading speed of other articles, from words. */
  readingWordsPerMinute: z.number().int().min(20).max(2_000),
  /** The profile's role: decides which status changes it may make (shared/workflow). */
  role: Role,
  /** Publish readiness: the longest headline, in characters. */
  headlineMaxLength: z.number().int().min(10).max(500),
  /** Headline variants: the longest SEO title, social title and meta description, in characters. */
  seoTitleMaxLength: z.number().int().min(10).max(500),
  socialTitleMaxLength: z.number().int().min(10).max(500),
  metaDescriptionMaxLength: z.number().int().min(10).max(2_000),
  /** Publish readiness also requires the three headline variants, each within its limit. */
  requireHeadlineVariants: z.boolean(),
  /** The folder agency feeds drop files into, watched while the app runs; chosen in a native dialog only. */
  wireDropFolder: z.string().max(4_096).nullable(),
  /** The first-run screen was completed or skipped. */
  onboarded: z.boolean(),
  /** Exported links (HTML, fragment, WXR, "Copy as HTML") get `rel="nofollow"`. */
  linksNofollow: z.boolean(),
  /** Where "Publish" sends articles; each site's application password is kept apart. */
  wordpressSites: z.array(WordpressSite).max(20),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultUiLanguage = (locale: string): UiLanguage =>
  locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';

export const defaultSettings = (locale: string): Settings => ({
  authorName: '',
  uiLanguage: defaultUiLanguage(locale),
  theme: 'system',
  lastLibrary: null,
  recentLibraries: [],
  typographyProfile: 'fr-FR',
  readingSignesPerMinute: 1_500,
  readingWordsPerMinute: 230,
  role: 'reporter',
  headlineMaxLength: 100,
  seoTitleMaxLength: defaultHeadlineVariantLimits.seoTitle,
  socialTitleMaxLength: defaultHeadlineVariantLimits.socialTitle,
  metaDescriptionMaxLength: defaultHeadlineVariantLimits.metaDescription,
  requireHeadlineVariants: false,
  wireDropFolder: null,
  onboarded: false,
  linksNofollow: false,
  wordpressSites: [],
});
