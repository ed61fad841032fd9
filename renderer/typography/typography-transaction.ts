import type { EditorState, Transaction } from '@tiptap/pm/state';
import { fixFrenchTypography } from '../../shared/text/french-typography';
import type { TypographyProfile } from '../../shared/text/typography-profile';
import type { TextChange } from './text-changes';
import { textChanges } from './text-changes';
import { textblockText } from './textblock-text';

export interface TypographyFix {
  transaction: Transaction;
  corrections: number;
}

/** The figure's words a reader sees; the alt text is read aloud, not printed. */
const figureTextFields = ['caption', 'credit'] as const;

const touches = (from: number, to: number, range: { from: number; to: number }): boolean =>
  from === to ? from >= range.from && from <= range.to : from < range.to && to > range.from;

/** Replaces only the changed characters, so marks (bold, links) on the others stay. */
export const applyChanges = (
  transaction: Transaction,
  offset: number,
  changes: readonly TextChange[],
) => {
  for (const change of [...changes].reverse()) {
    const from = offset + change.start;
    const to = offset + change.end;
    if (change.text === '') transaction.delete(from, to);
    else transaction.insertText(change.text, from, to);
  }
};

/**
 * French typography over every textblock of the range (the whole document without one) and the
 * captions and credits of its figures, as one
 * transaction: each block is corrected as a whole, so quotes pair and spaces see their
 * neighbours, but only the changes inside the range are kept.
 */
export const typographyTransaction = (
  state: EditorState,
  profile: TypographyProfile,
  range: { from: number; to: number } = { from: 0, to: state.doc.content.size },
): TypographyFix => {
  const blocks: { offset: number; changes: TextChange[] }[] = [];
  const figureFixes: { position: number; name: string; value: string; changes: number }[] = [];
  state.doc.nodesBetween(range.from, range.to, (node, position) => {
    if (node.type.name === 'figure') {
      for (const name of figureTextFields) {
        const text: unknown = node.attrs[name];
        if (typeof text !== 'string') continue;
        const value = fixFrenchTypography(text, profile);
        const changes = textChanges(text, value).length;
        if (changes > 0) figureFixes.push({ position, name, value, changes });
      }
      return false;
    }
    if (!node.isTextblock) return true;
    if (node.type.spec.code) return false;
    const text = textblockText(node);
    const offset = position + 1;
    const changes = textChanges(text, fixFrenchTypography(text, profile)).filter((change) =>
      touches(offset + change.start, offset + change.end, range),
    );
    if (changes.length > 0) blocks.push({ offset, changes });
    return false;
  });
  const transaction = state.tr;
  // Attribute steps move no position, so they go first, at the positions read above.
  for (const fix of figureFixes) transaction.setNodeAttribute(fix.position, fix.name, fix.value);
  for (const block of blocks.reverse()) applyChanges(transaction, block.offset, block.changes);
  const corrections =
    blocks.reduce((total, block) => total + block.changes.length, 0) +
    figureFixes.reduce((total, fix) => total + fix.changes, 0);
  return { transaction, corrections };
};
