import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../shared/editor/suggestions/list-suggestions';

/** One pending suggestion: what changes, who suggested it and when, and its two decisions. */
export function SuggestionItem(props: {
  suggestion: Suggestion;
  formatTime: (iso: string) => string;
  disabled: boolean;
  onAccept: () => void;
  onReject: () => void;
}) {
  const { suggestion, formatTime, disabled, onAccept, onReject } = props;
  const { t } = useTranslation('suggestions');
  const name = t(`item.${suggestion.kind}`, {
    text: suggestion.text,
    replacement: suggestion.replacement ?? '',
    interpolation: { escapeValue: false },
  });
  const author = suggestion.author === '' ? t('item.unknownAuthor') : suggestion.author;
  return (
    <li>
      <article className={`suggestion-item is-${suggestion.kind}`} aria-label={name}>
        <p className="suggestion-text">{name}</p>
        <p className="suggestion-byline">
          {t('item.byline', {
            author,
            time: formatTime(suggestion.at),
            interpolation: { escapeValue: false },
          })}
        </p>
        <div className="suggestion-actions">
          <button
            type="button"
            className="button button-small"
            disabled={disabled}
            onClick={onAccept}
          >
            {t('item.accept')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={disabled}
            onClick={onReject}
          >
            {t('item.reject')}
          </button>
        </div>
      </article>
    </li>
  );
}
