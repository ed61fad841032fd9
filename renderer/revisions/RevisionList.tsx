import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../shared/model/revision';
import { versionLabel } from '../components/version-label';

interface RevisionListProps {
  items: RevisionSummary[];
  formatDate: (iso: string) => string;
  onOpen: (revisionId: number) => void;
}

export function RevisionList({ items, formatDate, onOpen }: RevisionListProps) {
  const { t } = useTranslation('editor');
  return (
    <ol className="revision-list">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="revision-item" onClick={() => onOpen(item.id)}>
            <span className="revision-name">{versionLabel(item, t)}</span>
            <span className="revision-meta">
              {formatDate(item.createdAt)}
              {' · '}
              {t('revisions.byAuthor', { author: item.author || t('revisions.unknownAuthor') })}
              {' · '}
              {t('revisions.words', { count: item.words })}
            </span>
            {item.name !== null && (
              <span className="revision-reason">{t(`revisions.reasons.${item.reason}`)}</span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
