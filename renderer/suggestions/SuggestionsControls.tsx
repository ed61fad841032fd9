import { useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBodyEditor } from '../state/body-editor';
import { usePanelOpen, useSidePanel } from '../state/side-panel-store';
import { suggestionsViewOf } from './suggestions-view';
import { isSuggestionsViewMode, suggestionsViewModes } from './suggestions-view-mode';
import './suggestions.css';

/** Editor-bar controls: the Suggestions panel toggle and the "Suggestions view" select. */
export function SuggestionsControls() {
  const { t } = useTranslation('suggestions');
  const selectId = useId();
  const editor = useBodyEditor((state) => state.editor);
  const open = usePanelOpen('suggestions');
  const setPanelOpen = useSidePanel((state) => state.setPanelOpen);
  const mode =
    useEditorState({
      editor,
      // `editor`, not the snapshot's: a reload swaps the body editor without a transaction.
      selector: () => (editor === null ? 'suggestions' : suggestionsViewOf(editor.state)),
    }) ?? 'suggestions';

  return (
    <>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => setPanelOpen('suggestions', !open)}
      >
        {t('panel.button')}
      </button>
      <label className="suggestions-view" htmlFor={selectId}>
        <span className="visually-hidden">{t('view.label')}</span>
        <select
          id={selectId}
          className="select"
          value={mode}
          disabled={editor === null}
          onChange={(event) => {
            const next = event.target.value;
            if (isSuggestionsViewMode(next)) editor?.commands.setSuggestionsView(next);
          }}
        >
          {suggestionsViewModes.map((each) => (
            <option key={each} value={each}>
              {t(`view.${each}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
