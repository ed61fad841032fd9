import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { usePanelOpen, useSidePanel } from '../state/side-panel-store';
import './comments.css';

/** The editor bar's "Comments" button: opens the panel, counts the open threads. */
export function CommentsToggle() {
  const { t } = useTranslation('comments');
  const open = useEditorSession(
    (state) => state.article?.comments.filter((thread) => !thread.resolved).length ?? 0,
  );
  const panelOpen = usePanelOpen('comments');
  const setPanelOpen = useSidePanel((state) => state.setPanelOpen);
  return (
    <button
      type="button"
      className="button"
      aria-expanded={panelOpen}
      onClick={() => setPanelOpen('comments', !panelOpen)}
    >
      {open === 0 ? t('toggle') : t('toggleCount', { count: open })}
    </button>
  );
}
