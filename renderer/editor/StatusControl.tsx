import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../shared/model/status';
import { blockingChecks } from '../../shared/workflow/readiness';
import { statusBeforeSpike } from '../../shared/workflow/status-before-spike';
import { allowedTransitions } from '../../shared/workflow/transitions';
import { StatusPicker } from '../components/editor/StatusPicker';
import { useFitInWindow } from '../components/use-fit-in-window';
import { usePublishingStore } from '../publishing/publishing-store';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { GatedStatusAction } from '../workflow/GatedStatusAction';
import { ReadinessBadge } from '../workflow/ReadinessBadge';
import { statusAction } from '../workflow/status-action';
import { statusConfirmation } from '../workflow/status-confirmation';
import { overrideStatus } from '../workflow/status-override';
import { useReadiness } from '../workflow/use-readiness';
import { useStatusLogStore } from '../workflow/status-log-store';
import { StatusTimeline } from '../workflow/StatusTimeline';
import '../workflow/workflow.css';

/**
 * The status and the moves the profile's role may make, as buttons; the publish-readiness
 * badge (opening the checklist) with the moves it blocks, and the status history.
 */
export function StatusControl({ status, disabled }: { status: Status; disabled: boolean }) {
  const { t } = useTranslation('workflow');
  const articleId = useEditorSession((state) => state.articleId);
  const setStatus = useEditorSession((state) => state.setStatus);
  const confirmMove = useEditorSession((state) => state.confirmMove);
  const role = useSettingsStore((state) => state.settings?.role ?? 'reporter');
  const changes = useStatusLogStore((state) => state.changes);
  const loadLog = useStatusLogStore((state) => state.load);
  const [note, setNote] = useState('');
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyId = useId();
  const history = useRef<HTMLDivElement>(null);
  useFitInWindow(historyOpen, history);

  const generation = useEditorSession((state) => state.generation);
  // A correction that reached a site is written in the status log by the outbox.
  const corrections = usePublishingStore(
    (state) =>
      state.jobs.filter(
        (job) =>
          job.articleId === articleId && job.kind === 'correction' && job.state === 'published',
      ).length,
  );
  // A reload (reload theirs, a received package) may bring status changes made elsewhere.
  useEffect(() => {
    void loadLog(articleId);
  }, [articleId, generation, corrections, loadLog]);

  const checks = useReadiness();
  const moves = allowedTransitions(status, role, {
    previousStatus: statusBeforeSpike(changes),
  }).map((to) => {
    const action = statusAction(status, to);
    return {
      to,
      label: t(`actions.${action}`),
      confirm:
        statusConfirmation(action) === null
          ? null
          : { title: t(`confirm.${action}.title`), text: t(`confirm.${action}.text`) },
      failed: checks === null ? [] : blockingChecks(checks, to),
    };
  });
  const choices = moves.filter((move) => move.failed.length === 0);
  const gated = moves.filter((move) => move.failed.length > 0);
  const change = async (next: Status) => {
    if (await setStatus(next, note.trim())) setNote('');
    await loadLog(articleId);
  };
  const confirm = async (moveId: number) => {
    await confirmMove(moveId);
    await loadLog(articleId);
  };
  const override = async (next: Status, reason: string): Promise<string | null> => {
    const outcome = await overrideStatus({ status: next, note: note.trim(), reason });
    await loadLog(articleId);
    if (!outcome.ok) return outcome.error.message;
    setNote('');
    return null;
  };

  return (
    <div className="status-control">
      <StatusPicker
        status={status}
        choices={choices}
        note={note}
        disabled={disabled}
        onNoteChange={setNote}
        onChange={(next) => void change(next)}
      />
      {checks !== null && <ReadinessBadge checks={checks} />}
      {gated.map((move) => (
        <GatedStatusAction
          key={move.to}
          label={move.label}
          failed={move.failed}
          canOverride={role === 'editor' || role === 'chief_editor'}
          disabled={disabled}
          onOverride={(reason) => override(move.to, reason)}
        />
      ))}
      <button
        type="button"
        className="button"
        aria-expanded={historyOpen}
        aria-controls={historyOpen ? historyId : undefined}
        onClick={() => setHistoryOpen(!historyOpen)}
      >
        {t('timeline.toggle')}
      </button>
      {historyOpen && (
        <div ref={history} id={historyId} className="status-history">
          <StatusTimeline
            status={status}
            mayConfirm={!disabled && (role === 'editor' || role === 'chief_editor')}
            onConfirm={(moveId) => void confirm(moveId)}
          />
        </div>
      )}
    </div>
  );
}
