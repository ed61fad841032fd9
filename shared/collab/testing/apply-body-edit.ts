import { type Node, ReplaceError } from '@tiptap/pm/model';
import { Transform, canJoin, canSplit, findWrapping, liftTarget } from '@tiptap/pm/transform';
import { missingCaseError } from '../../errors/missing-case';
import type { BodyEdit } from './body-edit';

/** Every position inside a textblock, where a caret can stand. */
const caretPositions = (doc: Node): number[] => {
  const positions: number[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    for (let offset = 0; offset <= node.content.size; offset += 1)
      positions.push(position + 1 + offset);
    return false;
  });
  return positions;
};

const joinPoints = (doc: Node): number[] => {
  const points: number[] = [];
  for (let position = 1; position < doc.content.size; position += 1)
    if (canJoin(doc, position)) points.push(position);
  return points;
};

const pick = (positions: number[], index: number): number | undefined =>
  positions.length === 0 ? undefined : positions[index % positions.length];

const range = (carets: number[], from: number, to: number) => {
  const [start, end] = [pick(carets, from) ?? 0, pick(carets, to) ?? 0].sort((a, b) => a - b);
  return { start: start!, end: end! };
};

const step = (transform: Transform, edit: BodyEdit): void => {
  const { doc } = transform;
  const schema = doc.type.schema;
  const carets = caretPositions(doc);
  switch (edit.kind) {
    case 'insert': {
      const at = pick(carets, edit.at);
      const marks = edit.marks.map((mark) => schema.markFromJSON(mark));
      if (at !== undefined) transform.insert(at, schema.text(edit.text, marks));
      return;
    }
    case 'delete': {
      const { start, end } = range(carets, edit.from, edit.to);
      transform.delete(start, end);
      return;
    }
    case 'addMark': {
      const { start, end } = range(carets, edit.from, edit.to);
      transform.addMark(start, end, schema.markFromJSON(edit.mark));
      return;
    }
    case 'removeMark': {
      const { start, end } = range(carets, edit.from, edit.to);
      transform.removeMark(start, end, schema.markFromJSON(edit.mark));
      return;
    }
    case 'split': {
      const at = pick(carets, edit.at);
      if (at !== undefined && canSplit(doc, at, edit.depth)) transform.split(at, edit.depth);
      return;
    }
    case 'join': {
      const at = pick(joinPoints(doc), edit.at);
      if (at !== undefined) transform.join(at);
      return;
    }
    case 'wrap': {
      const { start, end } = range(carets, edit.from, edit.to);
      const blocks = doc.resolve(start).blockRange(doc.resolve(end));
      const wrapping = blocks && findWrapping(blocks, schema.nodes[edit.list]!);
      if (blocks && wrapping) transform.wrap(blocks, wrapping);
      return;
    }
    case 'lift': {
      const { start, end } = range(carets, edit.from, edit.to);
      const blocks = doc.resolve(start).blockRange(doc.resolve(end));
      const target = blocks && liftTarget(blocks);
      if (blocks && typeof target === 'number') transform.lift(blocks, target);
      return;
    }
    case 'heading': {
      const at = pick(carets, edit.at);
      if (at !== undefined)
        transform.setBlockType(at, at, schema.nodes.heading!, { level: edit.level });
      return;
    }
    default:
      throw missingCaseError(edit);
  }
};

/**
 * The body after `edit`, made as the editor makes changes: a ProseMirror transform on the
 * current document. An edit the document cannot take there (a wrap with no valid wrapper, a
 * replace ProseMirror refuses) leaves it unchanged, as the editor's command would.
 */
export const applyBodyEdit = (doc: Node, edit: BodyEdit): Node => {
  const transform = new Transform(doc);
  try {
    step(transform, edit);
  } catch (error) {
    // prosemirror-transform exports TransformError without a type: it is known by its name.
    if (
      error instanceof ReplaceError ||
      (error instanceof Error && error.name === 'TransformError')
    )
      return doc;
    throw error;
  }
  return transform.doc;
};
