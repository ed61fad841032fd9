import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { commentMarkName } from '../../shared/editor/marks/comment-mark';

/** Which threads the body shows, and how. Recomputed on change; mapped through edits in between. */
export interface CommentHighlightInput {
  focused: string | null;
  open: ReadonlySet<string>;
  /** Resolved threads, when "Show resolved" is checked. */
  resolvedShown: ReadonlySet<string>;
}

export const commentHighlightsKey = new PluginKey<CommentHighlights>('commentHighlights');

interface CommentHighlights {
  input: CommentHighlightInput;
  decorations: DecorationSet;
}

const noHighlight: CommentHighlightInput = {
  focused: null,
  open: new Set(),
  resolvedShown: new Set(),
};

const highlightClass = (ids: readonly string[], input: CommentHighlightInput): string | null => {
  if (input.focused !== null && ids.includes(input.focused)) return 'comment-anchor-focused';
  if (ids.some((id) => input.open.has(id))) return 'comment-anchor-open';
  if (ids.some((id) => input.resolvedShown.has(id))) return 'comment-anchor-resolved';
  return null;
};

const decorate = (doc: ProseMirrorNode, input: CommentHighlightInput): DecorationSet => {
  if (input.open.size === 0 && input.resolvedShown.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    const ids = node.marks
      .filter((mark) => mark.type.name === commentMarkName)
      .map((mark) => String(mark.attrs.threadId));
    const className = ids.length === 0 ? null : highlightClass(ids, input);
    if (className !== null) {
      decorations.push(Decoration.inline(position, position + node.nodeSize, { class: className }));
    }
  });
  return DecorationSet.create(doc, decorations);
};

/**
 * Highlights commented text: open threads, the focused one more strongly, resolved ones only on
 * request. A transaction with this key's meta (a new input, or `true` to refresh) recomputes them.
 */
export const commentHighlightsPlugin = () =>
  new Plugin<CommentHighlights>({
    key: commentHighlightsKey,
    state: {
      init: () => ({ input: noHighlight, decorations: DecorationSet.empty }),
      apply(tr, value) {
        const meta = tr.getMeta(commentHighlightsKey) as CommentHighlightInput | true | undefined;
        if (meta !== undefined) {
          const input = meta === true ? value.input : meta;
          return { input, decorations: decorate(tr.doc, input) };
        }
        return tr.docChanged
          ? { input: value.input, decorations: value.decorations.map(tr.mapping, tr.doc) }
          : value;
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
    },
  });
