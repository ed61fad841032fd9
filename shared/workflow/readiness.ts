import type { ArticleFields } from '../model/article';
import type { Status } from '../model/status';
import { documentBlocks } from '../text/document-blocks';
import { fixFrenchTypography } from '../text/french-typography';
import type { TypographyProfile } from '../text/typography-profile';
import { typographyProfiles } from '../text/typography-profile';
import { bodyInventory } from './body-inventory';
import type { HeadlineVariantLimits } from '../model/headline-variants';
import { headlineVariants, variantsOverLimit } from '../model/headline-variants';

export const readinessCheckIds = [
  'headline_present',
  'headline_length',
  'standfirst_present',
  'byline_present',
  'images_complete',
  'no_open_comments',
  'no_pending_suggestions',
  'embargo_passed',
  'typography_clean',
  'headline_variants_present',
  'headline_variants_length',
] as const;
export type ReadinessCheckId = (typeof readinessCheckIds)[number];

export interface ReadinessCheck {
  id: ReadinessCheckId;
  ok: boolean;
  /** Counts or limits behind a failure, e.g. "2 of 3 images miss a caption, credit or alt text". */
  detail?: string;
  /** The numbers behind `detail`, for a translated text. */
  values?: Record<string, number | string>;
}

export interface ReadinessOptions {
  headlineMaxLength?: number;
  now: Date;
  typographyProfile?: TypographyProfile;
  /** Given when the house requires the headline variants: the checks then list them. */
  headlineVariants?: HeadlineVariantLimits;
}

export const defaultHeadlineMaxLength = 100;

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

const check = (
  id: ReadinessCheckId,
  ok: boolean,
  detail?: string,
  values?: Record<string, number | string>,
): ReadinessCheck => (ok || detail === undefined ? { id, ok } : { id, ok, detail, values });

const imagesCheck = (figures: Record<string, unknown>[]): ReadinessCheck => {
  const incomplete = figures.filter(
    (attrs) => !filled(attrs.caption) || !filled(attrs.credit) || !filled(attrs.alt),
  ).length;
  return check(
    'images_complete',
    incomplete === 0,
    `${incomplete} of ${figures.length} images miss a caption, credit or alt text`,
    { count: incomplete, total: figures.length },
  );
};

const typographyApplies = (article: ArticleFields): boolean =>
  article.typography && article.language.toLowerCase().startsWith('fr');

const figureTexts = (figures: Record<string, unknown>[]): string[] =>
  figures.flatMap(({ caption, credit }) =>
    [caption, credit].filter((text): text is string => typeof text === 'string'),
  );

const typographyCheck = (
  article: ArticleFields,
  profile: TypographyProfile,
  figures: Record<string, unknown>[],
): ReadinessCheck => {
  const texts = [
    article.headline,
    ...headlineVariants.map((name) => article[name]),
    article.standfirst,
    ...documentBlocks(article.body),
    ...figureTexts(figures),
  ];
  const unclean = texts.filter((text) => fixFrenchTypography(text, profile) !== text).length;
  return check('typography_clean', unclean === 0, `${unclean} texts need French typography`, {
    count: unclean,
  });
};

const variantChecks = (article: ArticleFields, limits: HeadlineVariantLimits): ReadinessCheck[] => {
  const missing = headlineVariants.filter((name) => !filled(article[name])).length;
  const over = variantsOverLimit(article, limits).length;
  return [
    check('headline_variants_present', missing === 0, `${missing} headline variants missing`, {
      count: missing,
    }),
    check('headline_variants_length', over === 0, `${over} headline variants too long`, {
      count: over,
    }),
  ];
};

/**
 * The publish-readiness checklist of an article. `typography_clean` is only listed for French
 * articles with typography on; `embargo_passed` is listed always but gates only `published`.
 */
export const readinessChecks = (
  article: ArticleFields,
  options: ReadinessOptions,
): ReadinessCheck[] => {
  const maxLength = options.headlineMaxLength ?? defaultHeadlineMaxLength;
  const headlineLength = [...article.headline.trim()].length;
  const { figures, pendingSuggestions } = bodyInventory(article.body);
  const openComments = article.comments.filter((thread) => !thread.resolved).length;
  const embargo = article.embargo === null ? null : Date.parse(article.embargo);
  const checks = [
    check('headline_present', filled(article.headline)),
    check(
      'headline_length',
      headlineLength <= maxLength,
      `${headlineLength} characters, at most ${maxLength}`,
      { count: headlineLength, max: maxLength },
    ),
    check('standfirst_present', filled(article.standfirst)),
    check(
      'byline_present',
      article.bylines.some((byline) => filled(byline.name)),
    ),
    imagesCheck(figures),
    check('no_open_comments', openComments === 0, `${openComments} open comments`, {
      count: openComments,
    }),
    check(
      'no_pending_suggestions',
      pendingSuggestions === 0,
      `${pendingSuggestions} pending suggestions`,
      { count: pendingSuggestions },
    ),
    check(
      'embargo_passed',
      embargo === null || embargo <= options.now.getTime(),
      `embargoed until ${article.embargo ?? ''}`,
      { embargo: article.embargo ?? '' },
    ),
  ];
  if (options.headlineVariants !== undefined) {
    checks.push(...variantChecks(article, options.headlineVariants));
  }
  if (typographyApplies(article)) {
    checks.push(
      typographyCheck(article, options.typographyProfile ?? typographyProfiles['fr-FR'], figures),
    );
  }
  return checks;
};

/** The checks that block a move to `to`: none below `approved`; embargo only for `published`. */
export const blockingChecks = (checks: ReadinessCheck[], to: Status): ReadinessCheck[] => {
  if (to !== 'approved' && to !== 'published') return [];
  return checks.filter((item) => !item.ok && (item.id !== 'embargo_passed' || to === 'published'));
};
