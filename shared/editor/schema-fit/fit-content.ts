import type { ContentMatch, Node, NodeType, Schema } from '@tiptap/pm/model';
import { Fragment } from '@tiptap/pm/model';
import type { TiptapNode } from '../../model/tiptap-document';
import { fitMarks } from './fit-marks';
import { knownAttributes } from './known-attributes';

const nodeTypeOf = (schema: Schema, json: TiptapNode): NodeType | undefined =>
  Object.hasOwn(schema.nodes, json.type) ? schema.nodes[json.type] : undefined;

// A table cell must stay (its row would lose a column); other containers left empty are dropped.
const keptWhenEmpty = (type: NodeType): boolean =>
  type.isTextblock || type.spec.tableRole === 'cell' || type.spec.tableRole === 'header_cell';

/** Children still to place, next one last: taking and putting back are O(1). */
class Pending {
  private readonly stack: TiptapNode[];
  constructor(children: readonly TiptapNode[]) {
    this.stack = [...children].reverse();
  }
  get size(): number {
    return this.stack.length;
  }
  peek(): TiptapNode | undefined {
    return this.stack.at(-1);
  }
  take(): TiptapNode {
    return this.stack.pop()!;
  }
  putBack(nodes: readonly TiptapNode[]): void {
    for (let index = nodes.length - 1; index >= 0; index -= 1) this.stack.push(nodes[index]!);
  }
}

// The siblings that go into the same wrapper: a run of inline nodes, or of the same block type.
const takeRun = (schema: Schema, pending: Pending, type: NodeType): TiptapNode[] => {
  const run: TiptapNode[] = [];
  for (let next = pending.peek(); next !== undefined; next = pending.peek()) {
    const nextType = nodeTypeOf(schema, next);
    if (nextType === undefined || (type.isInline ? !nextType.isInline : nextType !== type)) break;
    run.push(pending.take());
  }
  return run;
};

const needsSeparator = (parent: NodeType, placed: readonly Node[]): boolean => {
  const last = placed.at(-1);
  return parent.inlineContent && last !== undefined && !/\s$/.test(last.text ?? '');
};

const wrap = (wrapping: readonly NodeType[], content: TiptapNode[]): TiptapNode =>
  wrapping.reduceRight<TiptapNode[]>(
    (inner, type) => [{ type: type.name, content: inner }],
    content,
  )[0]!;

const fitNode = (
  schema: Schema,
  type: NodeType,
  json: TiptapNode,
  parent: NodeType,
): Node | null => {
  if (type.isText) {
    const text = typeof json.text === 'string' ? json.text : '';
    return text === '' ? null : schema.text(text, fitMarks(schema, json.marks, parent));
  }
  const content = type.isLeaf ? [] : fitChildren(schema, type, json.content ?? []);
  if (content === null) return null;
  try {
    const marks = type.isInline ? fitMarks(schema, json.marks, parent) : [];
    return type.create(knownAttributes(type.spec.attrs, json.attrs), Fragment.from(content), marks);
  } catch {
    return null; // an attribute the schema requires is missing
  }
};

/**
 * `children` fitted into `parent`'s content expression, keeping every word: a node that fits is
 * placed; a heading where only a paragraph may stand becomes a paragraph; a node that needs a
 * wrapper gets it (text → paragraph, list items → list); a missing leading node is filled in
 * (`ContentMatch.fillBefore`); anything else gives up its children in its place. Returns null
 * when nothing was left for a container that needs content.
 */
export const fitChildren = (
  schema: Schema,
  parent: NodeType,
  children: readonly TiptapNode[],
): Node[] | null => {
  const pending = new Pending(children);
  const placed: Node[] = [];
  let match: ContentMatch = parent.contentMatch;
  const place = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      placed.push(node);
      match = match.matchType(node.type)!;
    }
  };
  const paragraph = schema.nodes.paragraph;
  while (pending.size > 0) {
    const json = pending.take();
    const type = nodeTypeOf(schema, json);
    if (type === undefined) {
      pending.putBack(json.content ?? []);
      continue;
    }
    if (match.matchType(type) !== null) {
      const node = fitNode(schema, type, json, parent);
      if (node !== null) place([node]);
      continue;
    }
    if (
      type.isTextblock &&
      paragraph !== undefined &&
      type !== paragraph &&
      match.matchType(paragraph)
    ) {
      pending.putBack([{ type: paragraph.name, content: json.content ?? [] }]);
      continue;
    }
    const wrapping = match.findWrapping(type);
    if (wrapping !== null && wrapping.length > 0) {
      pending.putBack([wrap(wrapping, [json, ...takeRun(schema, pending, type)])]);
      continue;
    }
    // Whether filling helps depends on the type only: a stand-in avoids fitting the node twice.
    const standIn = type.createAndFill();
    const fill = standIn === null ? null : match.fillBefore(Fragment.from(standIn));
    if (fill !== null) {
      const node = fitNode(schema, type, json, parent);
      if (node !== null) place([...fill.content, node]);
      continue;
    }
    // Words from a block lifted into running text stay apart from the ones before them.
    const separator = needsSeparator(parent, placed) ? [{ type: 'text', text: ' ' }] : [];
    if ((json.content?.length ?? 0) > 0) pending.putBack([...separator, ...json.content!]);
  }
  if (placed.length === 0 && !keptWhenEmpty(parent)) return null;
  const end = match.fillBefore(Fragment.empty, true);
  if (end === null || end === undefined) return null;
  place(end.content);
  return placed;
};
