import type { HeadlineVariantLimits } from '../model/headline-variants';
import type { Settings } from '../model/settings';

/** The variants' limits from the settings. */
export const headlineVariantLimits = (settings: Settings): HeadlineVariantLimits => ({
  seoTitle: settings.seoTitleMaxLength,
  socialTitle: settings.socialTitleMaxLength,
  metaDescription: settings.metaDescriptionMaxLength,
});

/** What the readiness checks take from the house settings. */
export const readinessPolicy = (settings: Settings) => ({
  headlineMaxLength: settings.headlineMaxLength,
  typographyProfile: settings.typographyProfile,
  headlineVariants: settings.requireHeadlineVariants ? headlineVariantLimits(settings) : undefined,
});
