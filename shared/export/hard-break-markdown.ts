import type { AnyExtension } from '@tiptap/core';
import { Node } from '@tiptap/core';

const pattern = /^<br\s*\/?>/i;

/** Reads `<br>` (how table cells carry line breaks) back as a hard break. */
export const withHardBreakHtmlMarkdown = (hardBreak: AnyExtension): AnyExtension => {
  if (!(hardBreak instanceof Node)) return hardBreak;
  return hardBreak.extend({
    markdownTokenizer: {
      name: 'br',
      level: 'inline',
      start: (source) => source.search(/<br\s*\/?>/i),
      tokenize: (source) => {
        const match = pattern.exec(source);
        return match === null ? undefined : { type: 'br', raw: match[0] };
      },
    },
  });
};
