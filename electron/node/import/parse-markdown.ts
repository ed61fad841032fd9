import type { JSONContent, MarkdownToken } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import type { marked } from 'marked';
import { Marked } from 'marked';
import { markdownExtensions } from '../../../shared/export/markdown-manager';
import type { TiptapDocument, TiptapNode } from '../../../shared/model/tiptap-document';
import { htmlToDocument } from './html-to-document';
import { markdownFallbacks } from './markdown-fallbacks';
import { MeasuredLexer } from './measured-lexer';

const inlineContent = (blocks: TiptapNode[]): TiptapNode[] =>
  blocks.flatMap((block) => (block.type === 'text' ? [block] : inlineContent(block.content ?? [])));

const isEmptyParagraph = (nodes: TiptapNode[]): boolean =>
  nodes.length === 1 && nodes[0]?.type === 'paragraph' && !nodes[0].content?.length;

// Raw HTML inside Markdown takes the HTML import's path (DOMPurify + schema). Left alone, the manager
// would keep it as literal text on a server.
const sanitizedHtmlToken = (token: MarkdownToken): JSONContent[] | null => {
  const html = String(token.text ?? token.raw ?? '');
  const blocks = htmlToDocument(html).content ?? [];
  if (isEmptyParagraph(blocks)) return null;
  const nodes = token.block ? blocks : inlineContent(blocks);
  return nodes.length > 0 ? nodes : null;
};

let manager: MarkdownManager | undefined;

const markdownManager = (): MarkdownManager => {
  if (!manager) {
    // Copydesk's own Markdown forms (pull quotes, figures, <sub>/<sup>: MARKDOWN_FORMAT.md), so
    // its exports import back, on a marked instance of its own (the default one is global).
    const instance = new Marked({ gfm: true });
    // The manager lexes with `new marked.Lexer()`: this one measures what it builds.
    instance.Lexer = MeasuredLexer as unknown as typeof instance.Lexer;
    manager = new MarkdownManager({
      marked: instance as unknown as typeof marked,
      extensions: [...markdownExtensions(), ...markdownFallbacks],
    });
    // Replaces the manager's own raw-HTML handler (pinned @tiptap/markdown 3.31.3; a test guards it).
    Object.assign(manager, { parseHTMLToken: sanitizedHtmlToken });
  }
  return manager;
};

/** Markdown (CommonMark + GFM) to Tiptap JSON, raw HTML sanitised; not yet `cleanDocument`ed. */
export const parseMarkdown = (markdown: string): TiptapDocument =>
  markdownManager().parse(markdown) as TiptapDocument;
