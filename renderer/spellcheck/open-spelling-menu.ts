import type { EditorView } from '@tiptap/pm/view';
import type { MisspellingSpec, SpellcheckPluginOptions } from './spellcheck-plugin-key';
import { spellcheckPluginKey } from './spellcheck-plugin-key';

const maximumSuggestions = 5;

/**
 * On a right-click (or the context-menu key) over a misspelled word, replaces the browser's
 * menu by ours once the suggestions are known. Returns whether the event was taken.
 */
export function openSpellingMenu(
  view: EditorView,
  event: MouseEvent,
  options: SpellcheckPluginOptions,
): boolean {
  const onContextMenu = options.onContextMenu;
  if (onContextMenu === null) return false;
  const fromKeyboard = event.clientX === 0 && event.clientY === 0;
  const position = fromKeyboard
    ? view.state.selection.head
    : view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
  if (position === undefined) return false;
  const decorations = spellcheckPluginKey.getState(view.state)?.decorations;
  const found = decorations?.find(position, position)[0];
  if (found === undefined) return false;
  event.preventDefault();
  const spec = found.spec as MisspellingSpec;
  const doc = view.state.doc;
  const coordinates = fromKeyboard
    ? view.coordsAtPos(found.from)
    : { left: event.clientX, bottom: event.clientY };
  void options.checker
    .suggest(spec.word, spec.language)
    .catch(() => [])
    .then((suggestions) => {
      if (view.state.doc !== doc) return;
      onContextMenu(
        spec.word,
        { from: found.from, to: found.to },
        suggestions.slice(0, maximumSuggestions),
        {
          x: coordinates.left,
          y: coordinates.bottom,
        },
      );
    });
  return true;
}
