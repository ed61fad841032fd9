import type { AnyExtension } from '@tiptap/core';
import { Mark } from '@tiptap/core';

/**
 * Markdown for a mark written as a plain inline HTML element (`<sub>`, `<sup>`): CommonMark keeps
 * it, Hugo/Jekyll/Astro render it, and the tokenizer reads exactly that element back.
 */
export const withInlineHtmlMarkdown = (mark: AnyExtension, tag: 'sub' | 'sup'): AnyExtension => {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const pattern = new RegExp(`^<${tag}>([\\s\\S]+?)</${tag}>`);
  const name = mark.name;
  if (!(mark instanceof Mark)) return mark;
  return mark.extend({
    markdownTokenName: name,
    markdownOptions: { htmlReopen: { open, close } },
    renderMarkdown: (node, helpers) => `${open}${helpers.renderChildren(node)}${close}`,
    parseMarkdown: (token, helpers) =>
      helpers.applyMark(name, helpers.parseInline(token.tokens ?? [])),
    markdownTokenizer: {
      name,
      level: 'inline',
      start: (source) => source.indexOf(open),
      tokenize: (source, _tokens, lexer) => {
        const match = pattern.exec(source);
        if (match === null) return undefined;
        const inner = match[1] ?? '';
        return { type: name, raw: match[0], text: inner, tokens: lexer.inlineTokens(inner) };
      },
    },
  });
};
