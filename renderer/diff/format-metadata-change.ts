import type { TFunction } from 'i18next';
import type { MetadataChange } from '../../shared/diff/diff-metadata';
import { missingCaseError } from '../../shared/errors/missing-case';
import type { Byline } from '../../shared/model/byline';
import type { Dateline, TargetLength } from '../../shared/model/article';

const orEmpty = (text: string, t: TFunction) => (text.trim() === '' ? t('empty') : text);

const bylinesText = (bylines: Byline[], t: TFunction) =>
  bylines.length === 0
    ? t('none')
    : bylines
        .map(({ name, role, affiliation }) =>
          [
            name,
            `(${[t(`editor:metadata.roles.${role}`), affiliation].filter(Boolean).join(', ')})`,
          ].join(' '),
        )
        .join(' · ');

const datelineText = ({ place, date }: Dateline, t: TFunction, language: string) => {
  const day = date
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${date}T12:00:00`))
    : '';
  return orEmpty([place, day].filter(Boolean).join(', '), t);
};

const momentText = (iso: string | null, t: TFunction, language: string) =>
  iso === null
    ? t('none')
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      );

const targetText = (target: TargetLength | null, t: TFunction) =>
  target === null
    ? t('none')
    : t(target.unit === 'words' ? 'targetWords' : 'targetSignes', { count: target.value });

/** A metadata change as the two texts shown in the comparison table. */
export const formatMetadataChange = (
  change: MetadataChange,
  t: TFunction,
  language: string,
): { before: string; after: string } => {
  switch (change.field) {
    case 'headline':
    case 'standfirst':
    case 'slug':
    case 'section':
    case 'language':
    case 'editorialNote':
      return { before: orEmpty(change.before, t), after: orEmpty(change.after, t) };
    case 'tags':
      return {
        before:
          change.removed.length > 0
            ? t('tagsRemoved', { tags: change.removed.join(', ') })
            : change.before.join(', '),
        after:
          change.added.length > 0
            ? t('tagsAdded', { tags: change.added.join(', ') })
            : change.after.join(', '),
      };
    case 'bylines':
      return { before: bylinesText(change.before, t), after: bylinesText(change.after, t) };
    case 'dateline':
      return {
        before: datelineText(change.before, t, language),
        after: datelineText(change.after, t, language),
      };
    case 'deadline':
    case 'embargo':
      return {
        before: momentText(change.before, t, language),
        after: momentText(change.after, t, language),
      };
    case 'targetLength':
      return { before: targetText(change.before, t), after: targetText(change.after, t) };
    case 'status':
      return {
        before: t(`common:status.${change.before}`),
        after: t(`common:status.${change.after}`),
      };
    default:
      throw missingCaseError(change);
  }
};
