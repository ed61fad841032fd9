import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { TiptapDocument } from '../model/tiptap-document';
import { exportExtensions } from './export-schema';
import { renderFigureHtml } from './figure-html';
import { gutenbergNodeMapping } from './gutenberg-node-mapping';
import type { HtmlMarkRenderer, HtmlNodeMapping } from './html-node-mapping';
import { joinChildren } from './html-node-mapping';
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
}

const plainNodeMapping = (imageSource: (node: ProseMirrorNode) => string): HtmlNodeMapping => ({
  doc: ({ children }) => joinChildren(children, '\n'),
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
  return renderToHTMLString({
    content: toSchemaDocument(body, { keepComments: options.commentMark !== undefined }),
    extensions: exportExtensions(),
    options: {
      nodeMapping,
      ...(options.commentMark === undefined
        ? {}
        : { markMapping: { comment: options.commentMark } }),
    },
  });
};
