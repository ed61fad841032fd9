import type { ArticleDraft } from '../../../../shared/ipc/contract';
import { LanguageTag } from '../../../../shared/model/article';
import type { WireItem } from '../../../../shared/model/wire-item';
import { documentFrenchTypography } from '../../../../shared/text/document-french-typography';
import { fixFrenchTypography } from '../../../../shared/text/french-typography';
import type { TypographyProfile } from '../../../../shared/text/typography-profile';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';

const language = (item: WireItem): string => {
  const tag = item.language.trim();
  return LanguageTag.safeParse(tag).success ? tag : 'fr';
};

// "PARIS, 7 déc 2026 (AFP) -" → "Paris": the place before the date and the agency's mark.
const datelinePlace = (dateline: string): string => {
  const place = dateline.split(/[,(]/)[0]?.trim() ?? '';
  return place === place.toUpperCase()
    ? place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase())
    : place;
};

const tags = (item: WireItem): string[] =>
  [...new Set([...item.keywords, ...item.subjects].map((tag) => tag.trim().slice(0, 120)))]
    .filter((tag) => tag !== '')
    .slice(0, 100);

/**
 * The draft written from a wire item: its metadata, its body, the house's French typography
 * when the item is in French, and the agency credited as contributor.
 */
export const wireDraft = (item: WireItem, profile: TypographyProfile): ArticleDraft => {
  const french = /^fr(?:-|$)/i.test(language(item));
  const typeset = (text: string): string => (french ? fixFrenchTypography(text, profile) : text);
  const credit = item.credit.trim() || item.agency;
  return {
    headline: typeset(item.headline).slice(0, 500),
    slug: item.slugline.slice(0, 200),
    tags: tags(item),
    bylines: [
      ...item.bylines
        .slice(0, 10)
        .map((name) => ({ name: name.slice(0, 200), role: 'author' as const })),
      ...(credit === '' ? [] : [{ name: credit.slice(0, 200), role: 'contributor' as const }]),
    ],
    dateline: {
      place: datelinePlace(item.dateline).slice(0, 120),
      date: item.versionCreated?.slice(0, 10) ?? '',
    },
    language: language(item),
    embargo: item.embargo,
    editorialNote: `${credit} ${item.itemId} v${item.version}`,
    body: (french ? documentFrenchTypography(item.body, profile) : item.body) as TiptapDocument,
  };
};
