import type { ArticleFields } from './article';

/** The article's headline variants, in the order the details panel and exports list them. */
export const headlineVariants = ['seoTitle', 'socialTitle', 'metaDescription'] as const;
export type HeadlineVariant = (typeof headlineVariants)[number];

export type HeadlineVariantLimits = Record<HeadlineVariant, number>;

/** The lengths search engines and social networks show before cutting. */
export const defaultHeadlineVariantLimits: HeadlineVariantLimits = {
  seoTitle: 60,
  socialTitle: 70,
  metaDescription: 155,
};

/** Characters as a reader counts them (code points, as the headline's own limit counts). */
export const variantLength = (text: string): number => [...text.trim()].length;

/** The variants that are longer than their limit. */
export const variantsOverLimit = (
  article: Pick<ArticleFields, HeadlineVariant>,
  limits: HeadlineVariantLimits,
): HeadlineVariant[] =>
  headlineVariants.filter((name) => variantLength(article[name]) > limits[name]);
