import type { AnyExtension, JSONContent, MarkdownParseHelpers } from '@tiptap/core';
import { Node } from '@tiptap/core';
import { escapeMarkdownText } from './markdown-escapes';

const marker = '[!pullquote]';
const firstLine = /^ {0,3}> ?\[!pullquote\]/i;
const quoteLines = /^(?: {0,3}>[^\n]*(?:\n|$))+/;

const plainText = (nodes: JSONContent[]): string =>
  nodes.map((node) => node.text ?? plainText(node.content ?? [])).join('');

const asParagraphs = (blocks: JSONContent[]): JSONContent[] => {
  const paragraphs = blocks.map((block) =>
    block.type === 'paragraph'
      ? block
      : { type: 'paragraph', content: [{ type: 'text', text: plainText([block]) }] },
  );
  return paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }];
};

const attributionOf = (source: string, helpers: MarkdownParseHelpers): string =>
  plainText(helpers.parseInline(helpers.tokenizeInline?.(source) ?? [])).trim();

/**
 * A pull quote is a blockquote whose first line is `> [!pullquote] Attribution` (the
 * GitHub/Obsidian alert form), then `>` and the quoted paragraphs. See MARKDOWN_FORMAT.md.
 */
export const withPullQuoteMarkdown = (pullQuote: AnyExtension): AnyExtension => {
  if (!(pullQuote instanceof Node)) return pullQuote;
  return pullQuote.extend({
    renderMarkdown: (node: JSONContent, helpers) => {
      const attribution = String(node.attrs?.attribution ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      const head = attribution === '' ? marker : `${marker} ${escapeMarkdownText(attribution)}`;
      const inner = helpers.renderChildren(node.content ?? [], '\n\n');
      return [head, '', ...inner.split('\n')]
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    },
    parseMarkdown: (token, helpers) => {
      const blocks = helpers.parseChildren(token.tokens ?? []);
      const attribution = attributionOf(String(token.attribution ?? ''), helpers);
      return helpers.createNode('pullQuote', { attribution }, asParagraphs(blocks));
    },
    markdownTokenizer: {
      name: 'pullQuote',
      level: 'block',
      start: (source) => /^ {0,3}> ?\[!pullquote\]/im.exec(source)?.index ?? -1,
      tokenize: (source, _tokens, lexer) => {
        if (!firstLine.test(source)) return undefined;
        const block = quoteLines.exec(source)?.[0] ?? '';
        const [head = '', ...rest] = block
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => line.replace(/^ {0,3}> ?/, ''));
        const attribution = head.slice(marker.length).trim();
        return {
          type: 'pullQuote',
          raw: block,
          attribution,
          tokens: lexer.blockTokens(rest.join('\n')),
        };
      },
    },
  });
};
