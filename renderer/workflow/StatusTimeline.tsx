import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../shared/model/revision';
import { Role } from '../../shared/model/role';
import { parseOverrideNote } from '../../shared/workflow/override-note';
import { HeldMoveEntry } from './HeldMoveEntry';
import { useStatusLogStore } from './status-log-store';
import type { Status } from '../../shared/model/status';

const formatTime = (at: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(at),
  );

function StatusNote({ note }: { note: string }) {
  const { t } = useTranslation('workflow');
  const parsed = parseOverrideNote(note);
  const failed = parsed.override?.failed.map((id) =>
    t(`readiness.checks.${id}`, { defaultValue: id }),
  );
  return (
    <>
      {parsed.note !== '' && <q className="status-timeline-note">{parsed.note}</q>}
      {parsed.override !== undefined && (
        <span className="status-timeline-override">
          {t('timeline.override', {
            reason: parsed.override.reason,
            checks: failed?.join(', '),
          })}
        </span>
      )}
    </>
  );
}

/**
 * The open article's status changes, oldest first: who, with which role, when, from → to, note;
 * then the received moves held as not verified, which a local editor may confirm when they
 * follow the article's `status`. The status control loads the log (status-log-store) when the
 * article opens or changes status.
 */
export function StatusTimeline({
  status,
  mayConfirm,
  onConfirm,
}: {
  status: Status;
  mayConfirm: boolean;
  onConfirm: (moveId: number) => void;
}) {
  const { t, i18n } = useTranslation(['workflow', 'editor']);
  const changes = useStatusLogStore((state) => state.changes);
  const held = useStatusLogStore((state) => state.held);
  const failed = useStatusLogStore((state) => state.failed);
  const statusLabel = (status: StatusChange['to']): string =>
    t(`status.values.${status}`, { ns: 'editor' });
  const roleLabel = (role: string | null): string | null => {
    const known = Role.safeParse(role);
    return known.success ? t(`roles.${known.data}`) : null;
  };
  if (failed) return <p className="field-hint">{t('timeline.failed')}</p>;
  if (changes.length === 0 && held.length === 0)
    return <p className="field-hint">{t('timeline.empty')}</p>;
  return (
    <ol className="status-timeline" aria-label={t('timeline.label')}>
      {changes.map((change) => {
        const role = roleLabel(change.role);
        return (
          <li key={change.id} className="status-timeline-entry">
            <span className="status-timeline-who">
              <strong>{change.by}</strong>
              {role && ` (${role})`}
            </span>{' '}
            <time dateTime={change.at}>{formatTime(change.at, i18n.language)}</time>
            <span className="status-timeline-move">
              {change.from === null ? t('timeline.created') : statusLabel(change.from)} →{' '}
              {statusLabel(change.to)}
            </span>
            <StatusNote note={change.note} />
          </li>
        );
      })}
      {held.map((move) => (
        <HeldMoveEntry
          key={`held-${move.id}`}
          move={move}
          canConfirm={mayConfirm && move.from === status}
          onConfirm={() => onConfirm(move.id)}
        />
      ))}
    </ol>
  );
}
