import type { TiptapDocument, TiptapNode } from '../../../shared/model/tiptap-document';
import { sanitiseDocumentLinks } from '../../../shared/editor/sanitise-document-links';
import { fitToSchema } from '../../../shared/editor/schema-fit/fit-to-schema';
import { exportSchema } from '../../../shared/export/export-schema';

const cleanHeadingLevel = (level: unknown): number =>
  typeof level === 'number' && level >= 3 ? 3 : 2;

const cleanNode = (node: TiptapNode): TiptapNode | null => {
  if (node.type === 'text') {
    // A soft line break inside Markdown or HTML text is a space.
    const text = (node.text ?? '').replace(/\s*\n\s*/g, ' ');
    return text === '' ? null : { ...node, text };
  }
  const cleaned: TiptapNode = { ...node };
  if (node.type === 'heading') {
    cleaned.attrs = { ...node.attrs, level: cleanHeadingLevel(node.attrs?.level) };
  }
  const content = cleanContent(node.content ?? []);
  if (content.length > 0) cleaned.content = content;
  else delete cleaned.content;
  return cleaned;
};

const sameMarks = (left: TiptapNode, right: TiptapNode): boolean =>
  JSON.stringify(left.marks ?? []) === JSON.stringify(right.marks ?? []);

const mergeText = (nodes: TiptapNode[], node: TiptapNode): TiptapNode[] => {
  const previous = nodes.at(-1);
  if (previous?.type === 'text' && node.type === 'text' && sameMarks(previous, node)) {
    previous.text = `${previous.text ?? ''}${node.text ?? ''}`;
  } else {
    nodes.push(node);
  }
  return nodes;
};

const cleanContent = (content: TiptapNode[]): TiptapNode[] =>
  content
    .map(cleanNode)
    .filter((node) => node !== null)
    .reduce(mergeText, []);

const hasVisibleText = (node: TiptapNode): boolean =>
  (node.text ?? '').trim() !== '' || (node.content ?? []).some(hasVisibleText);

// Empty paragraphs, or ones holding only spaces and line breaks, are spacing from the source.
const isSpacing = (node: TiptapNode): boolean => node.type === 'paragraph' && !hasVisibleText(node);

/**
 * The last gate before an imported body is stored: the shared link and image policies applied to
 * the JSON whatever produced it, heading levels the schema has, no spacing paragraphs, and the
 * whole fitted to the editor's schema so that it opens and exports.
 */
export const cleanDocument = (document: { content?: TiptapNode[] }): TiptapDocument => {
  const content = cleanContent(document.content ?? []).filter((node) => !isSpacing(node));
  const sanitised = sanitiseDocumentLinks({ type: 'doc', content });
  return fitToSchema(sanitised, exportSchema()).toJSON() as TiptapDocument;
};
