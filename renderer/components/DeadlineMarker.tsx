import { useTranslation } from 'react-i18next';
import type { DeadlineState } from './deadline-state';
import { formatLongDate } from './format-date';

export function DeadlineMarker({
  state,
  deadline,
}: {
  state: DeadlineState;
  deadline: string | null;
}) {
  const { t, i18n } = useTranslation('library');
  if (state === null || deadline === null) return null;
  const date = formatLongDate(deadline, i18n.language);
  return (
    <span className={`deadline deadline-${state}`} title={t(`deadline.${state}Title`, { date })}>
      {t(`deadline.${state}`)}
    </span>
  );
}
