import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindBar } from './find-bar-store';
import {
  clearSearch,
  findCounts,
  goToMatch,
  replaceAll,
  replaceCurrent,
  setSearch,
} from './find-replace-actions';

/** Ctrl+F / Ctrl+H: search the article, with matches highlighted in the text; Escape closes. */
export function FindBar({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const withReplace = useFindBar((state) => state.withReplace && !readOnly);
  const focusRequest = useFindBar((state) => state.focusRequest);
  const close = useFindBar((state) => state.close);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const current = useEditorState({
    editor,
    selector: ({ editor: live }) => findCounts(live).current,
  });
  const total = useEditorState({ editor, selector: ({ editor: live }) => findCounts(live).total });

  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, [focusRequest]);
  useEffect(() => {
    setSearch(editor, { query, matchCase, wholeWord });
  }, [editor, query, matchCase, wholeWord]);
  useEffect(() => () => clearSearch(editor), [editor]);

  const leave = () => {
    close();
    editor.commands.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      leave();
    }
  };
  const onFindKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    goToMatch(editor, event.shiftKey ? -1 : 1);
  };

  const count =
    query === ''
      ? ''
      : total === 0
        ? t('find.none')
        : t('find.count', { current: Math.max(current, 1), total });
  return (
    <div className="find-bar" role="search" aria-label={t('find.region')} onKeyDown={onKeyDown}>
      <div className="find-bar-row">
        <input
          ref={findInput}
          type="search"
          className="text-input find-input"
          aria-label={t('find.label')}
          placeholder={t('find.label')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onFindKey}
        />
        <span className="find-count" role="status">
          {count}
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={total === 0}
          onClick={() => goToMatch(editor, -1)}
        >
          {t('find.previous')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={total === 0}
          onClick={() => goToMatch(editor, 1)}
        >
          {t('find.next')}
        </button>
        <span className="find-options">
          <label className="find-option">
            <input
              type="checkbox"
              checked={matchCase}
              onChange={(event) => setMatchCase(event.target.checked)}
            />
            {t('find.matchCase')}
          </label>
          <label className="find-option">
            <input
              type="checkbox"
              checked={wholeWord}
              onChange={(event) => setWholeWord(event.target.checked)}
            />
            {t('find.wholeWord')}
          </label>
        </span>
        <button
          type="button"
          className="button button-small button-quiet find-close"
          aria-label={t('find.close')}
          onClick={leave}
        >
          ×
        </button>
      </div>
      {withReplace && (
        <div className="find-bar-row">
          <input
            type="text"
            className="text-input find-input"
            aria-label={t('find.replaceLabel')}
            placeholder={t('find.replaceLabel')}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') replaceCurrent(editor, replacement);
            }}
          />
          <button
            type="button"
            className="button button-small"
            disabled={total === 0}
            onClick={() => replaceCurrent(editor, replacement)}
          >
            {t('find.replace')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={total === 0}
            onClick={() => replaceAll(editor, replacement)}
          >
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  );
}
