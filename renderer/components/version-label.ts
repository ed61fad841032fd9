import type { TFunction } from 'i18next';
import type { RevisionSummary } from '../../shared/model/revision';

/**
 * What a version is called in the lists: its own name (named, sent, before an import), else
 * what made it, a status change naming the status it moved to ("Status: Submitted").
 */
export const versionLabel = (
  item: Pick<RevisionSummary, 'name' | 'reason' | 'status'>,
  t: TFunction<'editor'>,
): string => {
  if (item.name !== null) return item.name;
  if (item.reason === 'status') {
    return t('revisions.statusMove', { status: t(`status.values.${item.status}`) });
  }
  return t(`revisions.reasons.${item.reason}`);
};
