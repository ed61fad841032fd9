import type { JSONContent, MarkdownToken } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import { createExtensions } from '../../../shared/editor/extensions';
import type { TiptapDocument, TiptapNode } from '../../../shared/model/tiptap-document';
import { htmlToDocument } from './html-to-document';
import { markdownFallbacks } from './markdown-fallbacks';

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
    manager = new MarkdownManager({ extensions: [...createExtensions(), ...markdownFallbacks] });
    // Replaces the manager's own raw-HTML handler (pinned @tiptap/markdown 3.31.3; a test guards it).
    Object.assign(manager, { parseHTMLToken: sanitizedHtmlToken });
  }
  return manager;
};

/** Markdown (CommonMark + GFM) to Tiptap JSON, raw HTML sanitised; not yet `cleanDocument`ed. */
export const parseMarkdown = (markdown: string): TiptapDocument =>
  markdownManager().parse(markdown) as TiptapDocument;
