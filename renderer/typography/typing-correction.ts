import { fixFrenchTypography } from '../../shared/text/french-typography';
import type { TypographyProfile } from '../../shared/text/typography-profile';
import type { TextChange } from './text-changes';
import { textChanges } from './text-changes';

export interface TypingCorrection {
  /** Where the corrected stretch starts in the text before the cursor. */
  index: number;
  /** Changes relative to `index`. */
  changes: TextChange[];
}

/** A digit, colon or hyphen may still become a time (10:30), a URL (http:) or a date (2024-03-12). */
const undecided = /[\p{N}:-]$/u;

/** The word being typed starts here (before the character just typed), with the space before it. */
const wordStart = (text: string): number => text.slice(0, -1).search(/\S*$/u);

/** A URL or an e-mail address being typed: its ? and : are not French punctuation. */
const typingAddress = /(?:\p{L}{2,}:\/\/|www\.|@)\S*$/u;

/**
 * What French typography changes in the text before the cursor once a character is typed,
 * limited to the word being typed and its punctuation: text further back is never rewritten
 * behind the writer's back (Fix typography does that on request).
 */
export const typingCorrection = (
  textBefore: string,
  profile: TypographyProfile,
): TypingCorrection | null => {
  if (textBefore === '' || undecided.test(textBefore) || typingAddress.test(textBefore))
    return null;
  const start = Math.max(0, wordStart(textBefore) - 1);
  const changes = textChanges(textBefore, fixFrenchTypography(textBefore, profile)).filter(
    (change) => change.start >= start,
  );
  const first = changes[0];
  if (first === undefined) return null;
  const index = first.start;
  return {
    index,
    changes: changes.map((change) => ({
      ...change,
      start: change.start - index,
      end: change.end - index,
    })),
  };
};
