import { createAppSpellChecker } from '../../spellcheck/create-app-spell-checker';
import type { SpellChecker } from '../../spellcheck/spell-checker';
import { Spellcheck } from '../../spellcheck/spellcheck-extension';
import { useEditorSession } from '../../state/editor-session';
import { useSpellingMenu } from './spelling-menu-store';

let checker: SpellChecker | null = null;

/** One checker (one worker, dictionaries loaded once) for every article opened in this window. */
export const appSpellChecker = (): SpellChecker => (checker ??= createAppSpellChecker());

/** Without workers (unit tests under jsdom) the body simply goes unchecked. */
export const createBodySpellcheck = () =>
  Spellcheck.configure({
    checker: typeof Worker === 'undefined' ? null : appSpellChecker(),
    language: () => useEditorSession.getState().article?.language ?? 'fr',
    onContextMenu: (word, range, suggestions, position) =>
      useSpellingMenu.getState().open({ word, range, suggestions, position }),
  });
