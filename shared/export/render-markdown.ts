import type { TiptapNode } from '../model/tiptap-document';
import { exportImageSource } from './image-resolver';
import type { ImageResolver } from './image-resolver';
import type { MarkdownArticle } from './markdown-front-matter';
import { renderFrontMatter } from './markdown-front-matter';
import { markdownManager } from './markdown-manager';
import { toSchemaDocument } from './to-schema-document';

export interface MarkdownOptions {
  /** Where `copydesk-asset:` images point (e.g. `<slug>_files/<name>`); without it they are kept. */
  resolveImage?: ImageResolver;
}

const resolveFigures = (node: TiptapNode, resolveImage?: ImageResolver): TiptapNode => {
  if (node.type === 'figure') {
    const source = node.attrs?.src;
    const src = exportImageSource(typeof source === 'string' ? source : '', resolveImage);
    return { ...node, attrs: { ...node.attrs, src } };
  }
  return node.content === undefined
    ? node
    : { ...node, content: node.content.map((child) => resolveFigures(child, resolveImage)) };
};

/**
 * The article as CommonMark + GFM tables with YAML front matter; pull quotes, figures and
 * sub/superscript in the forms of MARKDOWN_FORMAT.md, which `parseMarkdownArticle` reads back.
 */
export const renderArticleMarkdown = (
  article: MarkdownArticle,
  options: MarkdownOptions = {},
): string => {
  const body = toSchemaDocument(article.body).toJSON() as TiptapNode;
  const markdown = markdownManager().serialize(resolveFigures(body, options.resolveImage));
  return `${renderFrontMatter(article)}\n${markdown.trimEnd()}\n`;
};
