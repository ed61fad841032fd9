import type { DocumentRange } from './spelling-ranges';

/** Where the menu should appear, in viewport pixels. */
export interface MenuPosition {
  x: number;
  y: number;
}

/**
 * Asked to show the spelling menu for `word` at `range` (pass the range to the
 * `replaceMisspelling` command). At most five suggestions, best first.
 */
export type SpellingMenuHandler = (
  word: string,
  range: DocumentRange,
  suggestions: string[],
  position: MenuPosition,
) => void;
