import { useTranslation } from 'react-i18next';
import type { WireEntry } from '../../shared/model/wire-entry';
import { formatLongDate } from '../components/format-date';
import { WireBody } from './WireBody';

/** The selected item: a kill or correction notice first and loud, then the copy as sent. */
export function WirePreview({ entry, onTake }: { entry: WireEntry; onTake: (id: number) => void }) {
  const { t, i18n } = useTranslation('wire');
  const { item } = entry;
  const when = item.versionCreated ?? entry.receivedAt;
  return (
    <article className="wire-preview" aria-label={t('preview')}>
      {entry.notice !== null && (
        <p role="alert" className={`wire-notice wire-notice-${entry.notice}`}>
          {t(`noticeText.${entry.notice}`, { agency: entry.credit })}
        </p>
      )}
      <p className="wire-preview-meta">
        {[
          entry.credit,
          t('version', { version: entry.version }),
          formatLongDate(when, i18n.language),
          item.embargo === null
            ? ''
            : t('embargo', { date: formatLongDate(item.embargo, i18n.language) }),
        ]
          .filter((part) => part !== '')
          .join(' · ')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={entry.notice === 'kill'}
          onClick={() => onTake(entry.id)}
        >
          {t('take')}
        </button>
      </div>
      <h2 className="wire-preview-headline">{item.headline}</h2>
      {item.bylines.length > 0 && <p className="wire-preview-byline">{item.bylines.join(', ')}</p>}
      {item.dateline !== '' && <p className="wire-preview-dateline">{item.dateline}</p>}
      <WireBody body={item.body} pictureLabel={t('picture')} />
      {item.keywords.length + item.subjects.length > 0 && (
        <p className="wire-preview-subjects">{[...item.subjects, ...item.keywords].join(' · ')}</p>
      )}
    </article>
  );
}
