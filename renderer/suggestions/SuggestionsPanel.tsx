import { useTranslation } from 'react-i18next';
import type {} from '../../shared/editor/suggestions/suggest-changes';
import { SuggestionItem } from './SuggestionItem';
import { useBodyEditor } from '../state/body-editor';
import { usePanelOpen, useSidePanel } from '../state/side-panel-store';
import { usePendingSuggestions } from './use-pending-suggestions';

const validTime = (iso: string): boolean => !Number.isNaN(new Date(iso).getTime());

/** The side panel listing pending suggestions, with accept and reject, one by one or all. */
export function SuggestionsPanel({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation('suggestions');
  const editor = useBodyEditor((state) => state.editor);
  const open = usePanelOpen('suggestions');
  const setPanelOpen = useSidePanel((state) => state.setPanelOpen);
  const suggestions = usePendingSuggestions(open ? editor : null);
  if (!open) return null;

  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const formatTime = (iso: string) => (validTime(iso) ? format.format(new Date(iso)) : '');
  const disabled = readOnly || editor === null;
  const empty = suggestions.length === 0;

  return (
    <aside className="side-panel suggestions-panel" aria-label={t('panel.label')}>
      <header className="side-panel-header">
        <h2>{t('panel.label')}</h2>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setPanelOpen('suggestions', false)}
        >
          {t('panel.close')}
        </button>
      </header>
      <p className="suggestions-help">{t('panel.help')}</p>
      <div className="suggestions-all">
        <button
          type="button"
          className="button button-small"
          disabled={disabled || empty}
          onClick={() => editor?.chain().focus().acceptAllSuggestions().run()}
        >
          {t('panel.acceptAll')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={disabled || empty}
          onClick={() => editor?.chain().focus().rejectAllSuggestions().run()}
        >
          {t('panel.rejectAll')}
        </button>
      </div>
      {empty ? (
        <p className="suggestions-empty">{t('panel.empty')}</p>
      ) : (
        <ul className="suggestions-list">
          {suggestions.map((suggestion) => (
            <SuggestionItem
              key={`${suggestion.kind}:${suggestion.id}`}
              suggestion={suggestion}
              formatTime={formatTime}
              disabled={disabled}
              onAccept={() => editor?.commands.acceptSuggestion(suggestion.id)}
              onReject={() => editor?.commands.rejectSuggestion(suggestion.id)}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
