import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../components/use-now';
import './wire.css';
import { WirePreview } from './WirePreview';
import { WireRow } from './WireRow';
import { useWireStore } from './wire-store';

const urgencies = [0, 1, 2, 3, 4, 5];

/** The Wires view: search and filters, the items newest first, the selected one previewed. */
export function WiresPane() {
  const { t } = useTranslation('wire');
  const { filters, items, agencies, selected, error, setFilters, load, select, take } =
    useWireStore();
  const now = useNow();
  useEffect(() => {
    void load();
  }, [load]);
  const unread = items.filter((item) => !item.read).length;
  return (
    <div className="wires-pane">
      <div className="search">
        <input
          type="search"
          className="search-input"
          aria-label={t('search')}
          placeholder={t('search')}
          value={filters.text}
          spellCheck={false}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </div>
      <div className="wire-filters">
        <select
          aria-label={t('agency')}
          value={filters.agency}
          onChange={(event) => setFilters({ agency: event.target.value })}
        >
          <option value="">{t('allAgencies')}</option>
          {agencies.map((agency) => (
            <option key={agency} value={agency}>
              {agency}
            </option>
          ))}
        </select>
        <select
          aria-label={t('urgencyFilter')}
          value={filters.urgencyAtMost}
          onChange={(event) => setFilters({ urgencyAtMost: Number(event.target.value) })}
        >
          {urgencies.map((urgency) => (
            <option key={urgency} value={urgency}>
              {urgency === 0 ? t('allUrgencies') : t('urgencyAtMost', { urgency })}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={filters.unreadOnly}
            onChange={(event) => setFilters({ unreadOnly: event.target.checked })}
          />{' '}
          {t('unreadOnly')}
        </label>
      </div>
      <p className="list-summary">
        {t('count', { count: items.length })} · {t('unreadCount', { count: unread })}
      </p>
      {error !== null && <p role="alert">{error.message}</p>}
      {items.length === 0 ? (
        <p className="wire-empty">{t('empty')}</p>
      ) : (
        <ul className="wire-list" aria-label={t('list')}>
          {items.map((item) => (
            <WireRow
              key={item.id}
              item={item}
              selected={selected?.id === item.id}
              now={now}
              onSelect={(id) => void select(id)}
            />
          ))}
        </ul>
      )}
      {selected !== null && <WirePreview entry={selected} onTake={(id) => void take(id)} />}
    </div>
  );
}
