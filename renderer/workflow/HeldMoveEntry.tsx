import { useTranslation } from 'react-i18next';
import { Role } from '../../shared/model/role';
import type { HeldMove } from '../../shared/trust/held-move';

const formatTime = (at: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(at),
  );

/**
 * A received status move that was not applied: "claimed by … (role), not verified", why, and,
 * for a local editor when it follows the article's status, a button to confirm it.
 */
export function HeldMoveEntry({
  move,
  canConfirm,
  onConfirm,
}: {
  move: HeldMove;
  canConfirm: boolean;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation(['workflow', 'editor']);
  const known = Role.safeParse(move.role);
  const role = known.success ? t(`roles.${known.data}`) : t('timeline.held.noRole');
  const status = (value: HeldMove['to']) => t(`status.values.${value}`, { ns: 'editor' });
  return (
    <li className="status-timeline-entry status-timeline-held">
      <span className="status-timeline-who">
        {t('timeline.held.claimed', { name: move.by, role })}
      </span>{' '}
      <time dateTime={move.at}>{formatTime(move.at, i18n.language)}</time>
      <span className="status-timeline-move">
        {move.from === null ? t('timeline.created') : status(move.from)} → {status(move.to)}
      </span>
      {move.note !== '' && <q className="status-timeline-note">{move.note}</q>}
      <span className="status-timeline-reason">
        {t(`timeline.held.reasons.${move.reason}`, { fingerprint: move.fingerprint ?? '' })}
      </span>
      {canConfirm && (
        <button type="button" className="button button-small" onClick={onConfirm}>
          {t('timeline.held.confirm')}
        </button>
      )}
    </li>
  );
}
