import { useTranslation } from 'react-i18next';
import type { WireSummary } from '../../shared/model/wire-entry';
import { formatShortDate } from '../components/format-date';

interface WireRowProps {
  item: WireSummary;
  selected: boolean;
  now: Date;
  onSelect: (id: number) => void;
}

/** One agency item in the list: unread in bold, urgency, agency, time, subjects and notices. */
export function WireRow({ item, selected, now, onSelect }: WireRowProps) {
  const { t, i18n } = useTranslation('wire');
  const when = item.versionCreated ?? item.receivedAt;
  return (
    <li className={`wire-row${item.read ? '' : ' wire-unread'}`}>
      <button
        type="button"
        className="wire-row-button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(item.id)}
      >
        <span className="wire-row-meta">
          {!item.read && <span className="wire-badge">{t('unread')}</span>}
          {item.notice !== null && (
            <span className="wire-badge wire-badge-notice">{t(`notice.${item.notice}`)}</span>
          )}
          {item.updated && <span className="wire-badge">{t('updated')}</span>}
          <span>{item.agency}</span>
          {item.urgency !== null && <span>{t('urgency', { urgency: item.urgency })}</span>}
          <time dateTime={when}>{formatShortDate(when, i18n.language, now)}</time>
        </span>
        <span className="wire-row-headline">{item.headline || t('untitled')}</span>
        {item.subjects.length > 0 && (
          <span className="wire-row-subjects">{item.subjects.slice(0, 4).join(' · ')}</span>
        )}
      </button>
    </li>
  );
}
