import { diffArrays } from 'diff';
import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';
import { blockText } from './block-text';
import type { DiffBlock } from './diff-block';
import { diffWords } from './diff-words';
import { pairSimilarBlocks } from './pair-similar-blocks';
import { isWordToken, tokenizeWords } from './tokenize-words';

/** Beyond this many block edits, the documents are compared as one gap (paired by position). */
const maxBlockEdits = 2_000;

interface Side {
  nodes: TiptapNode[];
  texts: string[];
}

const sideOf = (doc: TiptapDocument): Side => {
  const nodes = doc.content ?? [];
  return { nodes, texts: nodes.map(blockText) };
};

const wordSet = (text: string): Set<string> =>
  new Set(
    tokenizeWords(text)
      .filter(isWordToken)
      .map((word) => word.toLocaleLowerCase()),
  );

/**
 * Paragraph-aligned, word-level differences between two documents: top-level blocks are
 * aligned by their text first (so the cost follows the number of blocks, not of words), then
 * edited blocks are paired by similarity and compared word by word.
 */
export const diffDocuments = (before: TiptapDocument, after: TiptapDocument): DiffBlock[] => {
  const old = sideOf(before);
  const next = sideOf(after);
  const blocks: DiffBlock[] = [];

  const paired = (oldIndex: number, newIndex: number): DiffBlock => {
    const type = next.nodes[newIndex]!.type;
    const oldText = old.texts[oldIndex]!;
    const newText = next.texts[newIndex]!;
    if (oldText !== newText) {
      return { kind: 'changed', type, oldIndex, newIndex, parts: diffWords(oldText, newText) };
    }
    const parts = newText === '' ? [] : [{ kind: 'same' as const, text: newText }];
    const formattingChanged =
      JSON.stringify(old.nodes[oldIndex]) !== JSON.stringify(next.nodes[newIndex]);
    return formattingChanged
      ? { kind: 'changed', type, oldIndex, newIndex, parts, formattingChanged }
      : { kind: 'same', type, oldIndex, newIndex, parts };
  };
  const deleted = (oldIndex: number): DiffBlock => ({
    kind: 'deleted',
    type: old.nodes[oldIndex]!.type,
    oldIndex,
    parts: old.texts[oldIndex] === '' ? [] : [{ kind: 'deleted', text: old.texts[oldIndex]! }],
  });
  const inserted = (newIndex: number): DiffBlock => ({
    kind: 'inserted',
    type: next.nodes[newIndex]!.type,
    newIndex,
    parts: next.texts[newIndex] === '' ? [] : [{ kind: 'inserted', text: next.texts[newIndex]! }],
  });

  let removed: number[] = [];
  let added: number[] = [];
  const flushGap = (): void => {
    const pairs = pairSimilarBlocks(
      removed.map((index) => wordSet(old.texts[index]!)),
      added.map((index) => wordSet(next.texts[index]!)),
    );
    let removedAt = 0;
    let addedAt = 0;
    const emitUntil = (removedEnd: number, addedEnd: number): void => {
      for (; removedAt < removedEnd; removedAt += 1) blocks.push(deleted(removed[removedAt]!));
      for (; addedAt < addedEnd; addedAt += 1) blocks.push(inserted(added[addedAt]!));
    };
    for (const [removedPair, addedPair] of pairs) {
      emitUntil(removedPair, addedPair);
      blocks.push(paired(removed[removedAt]!, added[addedAt]!));
      removedAt += 1;
      addedAt += 1;
    }
    emitUntil(removed.length, added.length);
    removed = [];
    added = [];
  };

  const changes = diffArrays(old.texts, next.texts, { maxEditLength: maxBlockEdits }) ?? [
    { value: old.texts, count: old.texts.length, removed: true, added: false },
    { value: next.texts, count: next.texts.length, removed: false, added: true },
  ];
  let oldAt = 0;
  let newAt = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      for (let offset = 0; offset < count; offset += 1) removed.push(oldAt + offset);
      oldAt += count;
    } else if (change.added) {
      for (let offset = 0; offset < count; offset += 1) added.push(newAt + offset);
      newAt += count;
    } else {
      flushGap();
      for (let offset = 0; offset < count; offset += 1)
        blocks.push(paired(oldAt + offset, newAt + offset));
      oldAt += count;
      newAt += count;
    }
  }
  flushGap();
  return blocks;
};
