import type { AnyExtension, JSONContent, MarkdownToken } from '@tiptap/core';
import { Mark, Node, flattenExtensions } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import type { marked } from 'marked';
import { Marked } from 'marked';
import { createExtensions } from '../editor/extensions';
import { withFigureMarkdown } from './figure-markdown';
import { withHardBreakHtmlMarkdown } from './hard-break-markdown';
import { withInlineHtmlMarkdown } from './inline-html-mark-markdown';
import { escapeMarkdownSyntax } from './markdown-escapes';
import { withHeadingClosingHashes, withParagraphMarkdown } from './paragraph-markdown';
import { withPullQuoteMarkdown } from './pull-quote-markdown';
import { withTableMarkdown } from './table-markdown';

const markdownSpecs: Readonly<Record<string, (extension: AnyExtension) => AnyExtension>> = {
  paragraph: withParagraphMarkdown,
  heading: withHeadingClosingHashes,
  hardBreak: withHardBreakHtmlMarkdown,
  subscript: (extension) => withInlineHtmlMarkdown(extension, 'sub'),
  superscript: (extension) => withInlineHtmlMarkdown(extension, 'sup'),
  pullQuote: withPullQuoteMarkdown,
  figure: withFigureMarkdown,
  table: withTableMarkdown,
};

/**
 * The one extension list, flattened to its nodes and marks, with Copydesk's Markdown forms
 * (MARKDOWN_FORMAT.md) added to some of them; the schema they build is unchanged.
 */
export const markdownExtensions = (): AnyExtension[] =>
  flattenExtensions(createExtensions())
    .filter((extension) => extension instanceof Node || extension instanceof Mark)
    .map((extension) => markdownSpecs[extension.name]?.(extension) ?? extension);

const literalHtml = (token: MarkdownToken): JSONContent => {
  const text = String(token.text ?? token.raw ?? '').trim();
  const node = { type: 'text', text };
  return token.block === true ? { type: 'paragraph', content: [node] } : node;
};

let manager: MarkdownManager | undefined;

/**
 * Copydesk's MarkdownManager, on its own marked instance (the default one is global and shared
 * with other managers). Raw HTML other than `<sub>`, `<sup>` and `<br>` stays literal text, in
 * Node and in a browser alike (pinned @tiptap/markdown 3.31.3 internals; tests guard both).
 */
export const markdownManager = (): MarkdownManager => {
  if (manager !== undefined) return manager;
  manager = new MarkdownManager({
    marked: new Marked({ gfm: true }) as unknown as typeof marked,
    extensions: markdownExtensions(),
  });
  Object.assign(manager, {
    escapeMarkdownSyntax,
    parseHTMLToken: (token: MarkdownToken) =>
      String(token.text ?? token.raw ?? '').trim() === '' ? null : literalHtml(token),
  });
  return manager;
};
