import type { TiptapDocument, TiptapMark, TiptapNode } from '../model/tiptap-document';
import { isAllowedImageSource } from './policy/image-source-policy';
import { normaliseLinkUrl } from './policy/link-policy';
import { linkRelationship } from './marks/link-relationship';

const sanitiseMark = (mark: TiptapMark): TiptapMark | null => {
  if (mark.type !== 'link') return mark;
  const href = mark.attrs?.href;
  const normalised = typeof href === 'string' ? normaliseLinkUrl(href) : null;
  if (normalised === null) return null;
  const title = mark.attrs?.title;
  return {
    type: 'link',
    attrs: {
      href: normalised,
      target: null,
      rel: linkRelationship,
      class: null,
      title: typeof title === 'string' ? title : null,
    },
  };
};

const sanitiseMarks = (marks: TiptapMark[]): TiptapMark[] =>
  marks.map(sanitiseMark).filter((mark): mark is TiptapMark => mark !== null);

const sanitiseFigure = (node: TiptapNode): TiptapNode => {
  const src = node.attrs?.src;
  if (typeof src === 'string' && isAllowedImageSource(src)) return node;
  return { ...node, attrs: { ...node.attrs, src: '' } };
};

const sanitiseNode = (node: TiptapNode): TiptapNode => {
  const sanitised: TiptapNode = node.type === 'figure' ? sanitiseFigure(node) : { ...node };
  if (node.marks !== undefined) {
    const marks = sanitiseMarks(node.marks);
    if (marks.length > 0) sanitised.marks = marks;
    else delete sanitised.marks;
  }
  if (node.content !== undefined) sanitised.content = node.content.map(sanitiseNode);
  return sanitised;
};

/**
 * For Tiptap JSON from outside (imports, packages), which bypasses the Link mark's checks
 * (ueberdosis/tiptap #3673): link marks failing the link policy are removed and their text kept;
 * kept links get the normalised href and no `target`. Figure sources outside the image allowlist
 * become '' (caption and credit kept).
 */
export const sanitiseDocumentLinks = (doc: TiptapDocument): TiptapDocument =>
  doc.content === undefined ? { ...doc } : { ...doc, content: doc.content.map(sanitiseNode) };
