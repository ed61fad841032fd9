import { diffArrays } from 'diff';
import type { DiffPart } from './diff-block';
import { tokenizeWords } from './tokenize-words';

/** Beyond this many token edits inside one block, the block is shown as replaced whole. */
const maxTokenEdits = 4_000;

const appendPart = (parts: DiffPart[], kind: DiffPart['kind'], text: string): void => {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
};

/** Word-level differences between two texts, deletions before insertions. */
export const diffWords = (before: string, after: string): DiffPart[] => {
  const parts: DiffPart[] = [];
  const changes = diffArrays(tokenizeWords(before), tokenizeWords(after), {
    maxEditLength: maxTokenEdits,
  });
  if (changes === undefined) {
    appendPart(parts, 'deleted', before);
    appendPart(parts, 'inserted', after);
    return parts;
  }
  for (const change of changes) {
    const kind = change.added ? 'inserted' : change.removed ? 'deleted' : 'same';
    appendPart(parts, kind, change.value.join(''));
  }
  return parts;
};
