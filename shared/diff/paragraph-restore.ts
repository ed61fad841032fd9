import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';
import { blockText } from './block-text';
import type { DiffBlock } from './diff-block';

/**
 * Puts one block of an older text back into the current one. `expected` is the text of the
 * current block that `replace` overwrites, or of the block after which `insert` goes (null:
 * at the start): if the current text no longer has it there, the restore is refused.
 */
export type ParagraphRestore =
  | { kind: 'replace'; index: number; expected: string; node: TiptapNode }
  | { kind: 'insert'; index: number; expected: string | null; node: TiptapNode };

/**
 * How to restore the old side of `blocks[position]` into the new side, for a changed or
 * deleted block; null for any other.
 */
export const planParagraphRestore = (
  blocks: readonly DiffBlock[],
  position: number,
  before: TiptapDocument,
  after: TiptapDocument,
): ParagraphRestore | null => {
  const block = blocks[position];
  const node = block?.oldIndex === undefined ? undefined : before.content?.[block.oldIndex];
  if (!block || !node) return null;
  if (block.kind === 'changed' && block.newIndex !== undefined) {
    const current = after.content?.[block.newIndex];
    if (!current) return null;
    return { kind: 'replace', index: block.newIndex, expected: blockText(current), node };
  }
  if (block.kind !== 'deleted') return null;
  const previous = blocks.slice(0, position).findLast((other) => other.newIndex !== undefined);
  const index = previous?.newIndex === undefined ? 0 : previous.newIndex + 1;
  const anchor = index === 0 ? undefined : after.content?.[index - 1];
  return { kind: 'insert', index, expected: anchor ? blockText(anchor) : null, node };
};

/** Whether the current top-level blocks still match what the restore was planned against. */
export const restoreStillApplies = (
  restore: ParagraphRestore,
  textAt: (index: number) => string | undefined,
): boolean => {
  if (restore.kind === 'replace') return textAt(restore.index) === restore.expected;
  if (restore.expected === null) return restore.index === 0;
  return textAt(restore.index - 1) === restore.expected;
};

/** The document with the restore applied, or null when it no longer applies. */
export const applyParagraphRestore = (
  doc: TiptapDocument,
  restore: ParagraphRestore,
): TiptapDocument | null => {
  const content = doc.content ?? [];
  const textAt = (index: number) => (content[index] ? blockText(content[index]) : undefined);
  if (!restoreStillApplies(restore, textAt)) return null;
  const removeCount = restore.kind === 'replace' ? 1 : 0;
  return { ...doc, content: content.toSpliced(restore.index, removeCount, restore.node) };
};
