import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { TiptapDocument } from '../model/tiptap-document';
import { exportExtensions } from './export-schema';
import { renderFigureHtml } from './figure-html';
import { gutenbergNodeMapping } from './gutenberg-node-mapping';
import type { HtmlMarkRenderer, HtmlNodeMapping } from './html-node-mapping';
import { joinChildren } from './html-node-mapping';
import { linkHtml } from './link-html';
import { renderParagraphHtml } from './paragraph-html';
import { renderTableCellHtml } from './table-cell-html';
import { renderTableSectionsHtml } from './table-sections-html';
import { withoutTrailingBlankParagraphs } from './without-trailing-blank-paragraphs';
import type { ImageResolver } from './image-resolver';
import { exportImageSource } from './image-resolver';
import { toSchemaDocument } from './to-schema-document';

export interface BodyHtmlOptions {
  /** Wrap each block in WordPress block-editor comments (`<!-- wp:paragraph -->`). */
  gutenberg: boolean;
  /** Where `copydesk-asset:` images point in the export; without it they are kept as they are. */
  resolveImage?: ImageResolver;
  /** Only the review copy: renders comment anchors, which every other export drops. */
  commentMark?: HtmlMarkRenderer;
  /** Links get `rel="nofollow"` (the user's setting); without it they carry no `rel`. */
  nofollow?: boolean;
}

const plainNodeMapping = (imageSource: (node: ProseMirrorNode) => string): HtmlNodeMapping => ({
  doc: ({ children }) => joinChildren(children, '\n'),
  paragraph: ({ node, parent, children }) =>
    renderParagraphHtml(node, parent, joinChildren(children)),
  table: ({ node, children }) =>
    `<table>${renderTableSectionsHtml(node, [children ?? []].flat())}</table>`,
  tableHeader: ({ node, children }) => renderTableCellHtml(node, joinChildren(children)),
  tableCell: ({ node, children }) => renderTableCellHtml(node, joinChildren(children)),
  figure: ({ node }) => renderFigureHtml(node, imageSource(node)),
});

/**
 * The article body as HTML, rendered without a DOM by the extensions' own escaping renderers,
 * after the document has been fitted to the schema and its links and images to the allowlists.
 */
export const renderBodyHtml = (body: TiptapDocument, options: BodyHtmlOptions): string => {
  const imageSource = (node: ProseMirrorNode): string =>
    exportImageSource(String(node.attrs.src ?? ''), options.resolveImage);
  const nodeMapping = options.gutenberg
    ? gutenbergNodeMapping(imageSource)
    : plainNodeMapping(imageSource);
  const link = linkHtml(options.nofollow === true);
  return renderToHTMLString({
    content: withoutTrailingBlankParagraphs(
      toSchemaDocument(body, { keepComments: options.commentMark !== undefined }),
    ),
    extensions: exportExtensions(),
    options: {
      nodeMapping,
      markMapping:
        options.commentMark === undefined ? { link } : { link, comment: options.commentMark },
    },
  });
};
