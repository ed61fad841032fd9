import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../shared/model/status';
import { statusBeforeSpike } from '../../shared/workflow/status-before-spike';
import { allowedTransitions } from '../../shared/workflow/transitions';
import { StatusPicker } from '../components/editor/StatusPicker';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { statusAction } from '../workflow/status-action';
import { useStatusLogStore } from '../workflow/status-log-store';
import { StatusTimeline } from '../workflow/StatusTimeline';
import '../workflow/workflow.css';

/** The status select (only the moves the profile's role may make) and the status history. */
export function StatusControl({ status, disabled }: { status: Status; disabled: boolean }) {
  const { t } = useTranslation('workflow');
  const articleId = useEditorSession((state) => state.articleId);
  const setStatus = useEditorSession((state) => state.setStatus);
  const role = useSettingsStore((state) => state.settings?.role ?? 'reporter');
  const changes = useStatusLogStore((state) => state.changes);
  const loadLog = useStatusLogStore((state) => state.load);
  const [note, setNote] = useState('');
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyId = useId();

  useEffect(() => {
    void loadLog(articleId);
  }, [articleId, loadLog]);

  const choices = allowedTransitions(status, role, {
    previousStatus: statusBeforeSpike(changes),
  }).map((to) => ({ to, label: t(`actions.${statusAction(status, to)}`) }));
  const change = async (next: Status) => {
    if (await setStatus(next, note.trim())) setNote('');
    await loadLog(articleId);
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
        <div id={historyId} className="status-history">
          <StatusTimeline />
        </div>
      )}
    </div>
  );
}
