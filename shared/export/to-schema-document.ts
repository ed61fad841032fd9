import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { commentMarkName } from '../editor/marks/comment-mark';
import { sanitiseDocumentLinks } from '../editor/sanitise-document-links';
import { AppError } from '../errors/error-code';
import type { TiptapDocument, TiptapMark, TiptapNode } from '../model/tiptap-document';
import { exportSchema } from './export-schema';

type KnownAttributes = Readonly<Record<string, unknown>>;

export interface SchemaDocumentOptions {
  /** Keep comment anchors: only the review copy shows them; every other export drops them. */
  keepComments?: boolean;
}

const keepKnownAttributes = (
  attributes: Record<string, unknown> | undefined,
  known: KnownAttributes,
): Record<string, unknown> | undefined => {
  if (attributes === undefined) return undefined;
  const kept = Object.entries(attributes).filter(([name]) => Object.hasOwn(known, name));
  return Object.fromEntries(kept);
};

const pruneMark = (
  mark: TiptapMark,
  schema: Schema,
  options: SchemaDocumentOptions,
): TiptapMark | null => {
  if (mark.type === commentMarkName && options.keepComments !== true) return null;
  const type = Object.hasOwn(schema.marks, mark.type) ? schema.marks[mark.type] : undefined;
  if (type === undefined) return null;
  const attrs = keepKnownAttributes(mark.attrs, type.spec.attrs ?? {});
  return attrs === undefined ? { type: mark.type } : { type: mark.type, attrs };
};

const headingLevel = (level: unknown): number => (Number(level) >= 3 ? 3 : 2);

const pruneNode = (
  node: TiptapNode,
  schema: Schema,
  options: SchemaDocumentOptions,
): TiptapNode | null => {
  const type = Object.hasOwn(schema.nodes, node.type) ? schema.nodes[node.type] : undefined;
  if (type === undefined) return null;
  if (node.type === 'text' && (typeof node.text !== 'string' || node.text === '')) return null;
  const pruned: TiptapNode = { type: node.type };
  const attrs = keepKnownAttributes(node.attrs, type.spec.attrs ?? {});
  if (attrs !== undefined) pruned.attrs = attrs;
  if (node.type === 'heading') pruned.attrs = { ...attrs, level: headingLevel(attrs?.level) };
  if (node.type === 'text') pruned.text = node.text;
  const marks = (node.marks ?? []).map((mark) => pruneMark(mark, schema, options));
  const keptMarks = marks.filter((mark): mark is TiptapMark => mark !== null);
  if (keptMarks.length > 0) pruned.marks = keptMarks;
  if (node.content !== undefined) {
    pruned.content = node.content
      .map((child) => pruneNode(child, schema, options))
      .filter((child): child is TiptapNode => child !== null);
  }
  return pruned;
};

/**
 * Any Tiptap JSON (library, import, hostile file) as a checked document of the editor's schema:
 * unknown nodes, marks and attributes are dropped, links and image sources pass the allowlists,
 * heading levels are clamped to 2–3, comment anchors are dropped unless `keepComments`.
 * Throws AppError('invalid') if what is left does not fit.
 */
export const toSchemaDocument = (
  document: TiptapDocument,
  options: SchemaDocumentOptions = {},
): ProseMirrorNode => {
  const schema = exportSchema();
  const content = (document.content ?? [])
    .map((node) => pruneNode(node, schema, options))
    .filter((node): node is TiptapNode => node !== null);
  if (content.length === 0) return schema.topNodeType.createAndFill()!;
  const sanitised = sanitiseDocumentLinks({ type: 'doc', content });
  try {
    const node = schema.nodeFromJSON(sanitised);
    node.check();
    return node.childCount === 0 ? schema.topNodeType.createAndFill()! : node;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid', `The article body does not fit the editor's schema (${detail}).`);
  }
};

/** The same document as plain JSON, every attribute filled in: what round trips compare. */
export const normaliseDocument = (document: TiptapDocument): TiptapDocument =>
  toSchemaDocument(document).toJSON() as TiptapDocument;
