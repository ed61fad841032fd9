import { mergeAttributes, type MarkConfig } from '@tiptap/core';
import { suggestionMarkNames, type SuggestionKind } from './suggestion-kind';

const text = (element: HTMLElement, name: string): string => element.getAttribute(name) ?? '';

const tags: Record<SuggestionKind, 'ins' | 'del'> = { insertion: 'ins', deletion: 'del' };

/**
 * What both suggestion marks share: `id`, `author`, `at` (ISO time). They exclude each other
 * (text is either suggested in or suggested out) and are not inclusive (typing next to a
 * suggestion is tracked on its own, then merged by the tracking plugin). Only our own
 * `data-suggestion` elements parse back, so `<ins>`/`<del>` pasted or imported from elsewhere
 * never become suggestions.
 */
export const suggestionMarkSpec = (kind: SuggestionKind): Partial<MarkConfig> => {
  const tag = tags[kind];
  return {
    inclusive: false,
    excludes: `${suggestionMarkNames.insertion} ${suggestionMarkNames.deletion}`,
    addAttributes() {
      return {
        id: {
          default: '',
          parseHTML: (element) => text(element, 'data-suggestion'),
          renderHTML: (attributes: { id?: string }) => ({ 'data-suggestion': attributes.id }),
        },
        author: {
          default: '',
          parseHTML: (element) => text(element, 'data-author'),
          renderHTML: (attributes: { author?: string }) => ({ 'data-author': attributes.author }),
        },
        at: {
          default: '',
          parseHTML: (element) => text(element, 'data-at'),
          renderHTML: (attributes: { at?: string }) => ({ 'data-at': attributes.at }),
        },
      };
    },
    parseHTML() {
      return [{ tag: `${tag}[data-suggestion]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes, { class: `suggestion-${kind}` }), 0];
    },
  };
};
