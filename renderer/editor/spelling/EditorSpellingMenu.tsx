import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { SpellingMenu } from '../../spellcheck/SpellingMenu';
import { useEditorSession } from '../../state/editor-session';
import { appSpellChecker } from './body-spellcheck';
import { useSpellingMenu } from './spelling-menu-store';
import '../../spellcheck/spellcheck.css';

/** The right-click menu of the open article's misspelled words; rechecks when its language changes. */
export function EditorSpellingMenu({ editor }: { editor: Editor }) {
  const request = useSpellingMenu((state) => state.request);
  const close = useSpellingMenu((state) => state.close);
  const language = useEditorSession((state) => state.article?.language);

  useEffect(() => {
    editor.commands.recheckSpelling();
  }, [editor, language]);
  useEffect(() => close, [close]);

  if (request === null) return null;
  return (
    <SpellingMenu
      suggestions={request.suggestions}
      position={request.position}
      onPick={(suggestion) => {
        editor.chain().focus().replaceMisspelling(request.range, suggestion).run();
        close();
      }}
      onAdd={() => {
        appSpellChecker().addToDictionary(request.word);
        close();
      }}
      onIgnore={() => {
        appSpellChecker().ignore(request.word);
        close();
      }}
      onClose={close}
    />
  );
}
