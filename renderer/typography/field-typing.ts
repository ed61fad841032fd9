import type { TypographyProfile } from '../../shared/text/typography-profile';
import type { TextChange } from './text-changes';
import { typingCorrection } from './typing-correction';

/** A plain text field's value and where its caret stands. */
export interface FieldEdit {
  value: string;
  caret: number;
}

const applyTextChanges = (text: string, changes: TextChange[]): string =>
  [...changes]
    .sort((left, right) => right.start - left.start)
    .reduce((result, { start, end, text: replacement }) => {
      return result.slice(0, start) + replacement + result.slice(end);
    }, text);

/** One character typed just before the caret; a paste, a deletion or a replacement is not. */
const typedOneCharacter = (previous: string, { value, caret }: FieldEdit): boolean =>
  caret > 0 &&
  value.length === previous.length + 1 &&
  value.slice(0, caret - 1) + value.slice(caret) === previous;

/**
 * French typography as you type in a headline, standfirst or caption field: the body's engine,
 * applied to the word being typed only, so text further back is never rewritten.
 */
export const correctFieldTyping = (
  previous: string,
  edit: FieldEdit,
  profile: TypographyProfile,
): FieldEdit => {
  if (!typedOneCharacter(previous, edit)) return edit;
  const before = edit.value.slice(0, edit.caret);
  const correction = typingCorrection(before, profile);
  if (!correction) return edit;
  const head =
    before.slice(0, correction.index) +
    applyTextChanges(before.slice(correction.index), correction.changes);
  return { value: head + edit.value.slice(edit.caret), caret: head.length };
};
