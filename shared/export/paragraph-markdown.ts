import type { AnyExtension, MarkdownExtensionSpec } from '@tiptap/core';
import { Node, getExtensionField } from '@tiptap/core';
import { figureFromParagraph } from './figure-markdown';
import { escapeLineStart } from './markdown-escapes';

/**
 * Paragraph lines that would read as a list, heading or rule get their marker escaped; a
 * paragraph that is only an image (and credit) is read back as a figure.
 */
export const withParagraphMarkdown = (paragraph: AnyExtension): AnyExtension => {
  if (!(paragraph instanceof Node)) return paragraph;
  const parse = getExtensionField<MarkdownExtensionSpec['parseMarkdown']>(
    paragraph,
    'parseMarkdown',
  );
  const render = getExtensionField<MarkdownExtensionSpec['renderMarkdown']>(
    paragraph,
    'renderMarkdown',
  );
  return paragraph.extend({
    parseMarkdown: (token, helpers) =>
      figureFromParagraph(token, helpers) ?? parse?.(token, helpers) ?? [],
    renderMarkdown: (node, helpers, context) => {
      const rendered = render?.(node, helpers, context) ?? '';
      return rendered.split('\n').map(escapeLineStart).join('\n');
    },
  });
};

/** A heading ending in ` #` would lose it as an ATX closing sequence: escape it. */
export const withHeadingClosingHashes = (heading: AnyExtension): AnyExtension => {
  if (!(heading instanceof Node)) return heading;
  const render = getExtensionField<MarkdownExtensionSpec['renderMarkdown']>(
    heading,
    'renderMarkdown',
  );
  return heading.extend({
    renderMarkdown: (node, helpers, context) => {
      const rendered = render?.(node, helpers, context) ?? '';
      return rendered.replace(/(\s)(#+)(\s*)$/, '$1\\$2$3');
    },
  });
};
