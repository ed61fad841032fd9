import type { Command } from '@tiptap/pm/state';

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Backspace or Delete of one character inside a paragraph, as a plain transaction. While
 * suggesting, the browser's own deletion is avoided: it rewrites neighbouring spaces as
 * no-break spaces, which would read as extra suggestions. A surrogate pair (emoji) goes whole.
 * Declines at paragraph edges and with a selection (join and delete commands handle those).
 */
export const deleteCharacter =
  (direction: 'backward' | 'forward'): Command =>
  (state, dispatch) => {
    const { selection } = state;
    if (!selection.empty) return false;
    const { $head } = selection;
    if (!$head.parent.isTextblock) return false;
    const text = $head.parent.textBetween(0, $head.parent.content.size, undefined, '\ufffc');
    const offset = $head.parentOffset;
    let width = 1;
    if (direction === 'backward') {
      if (offset === 0) return false;
      if (
        offset >= 2 &&
        isLowSurrogate(text.charCodeAt(offset - 1)) &&
        isHighSurrogate(text.charCodeAt(offset - 2))
      )
        width = 2;
      dispatch?.(state.tr.delete($head.pos - width, $head.pos).scrollIntoView());
    } else {
      if (offset >= $head.parent.content.size) return false;
      if (isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)))
        width = 2;
      dispatch?.(state.tr.delete($head.pos, $head.pos + width).scrollIntoView());
    }
    return true;
  };
