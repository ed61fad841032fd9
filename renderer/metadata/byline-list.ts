import type { Byline, BylineRole } from '../../shared/model/byline';

/** A byline row as edited: it may have no name yet; `key` keeps React rows stable. */
export interface BylineDraft {
  key: number;
  name: string;
  role: BylineRole;
  affiliation: string;
}

let nextKey = 1;

export const toDrafts = (bylines: readonly Byline[]): BylineDraft[] =>
  bylines.map((byline) => ({
    key: nextKey++,
    name: byline.name,
    role: byline.role,
    affiliation: byline.affiliation ?? '',
  }));

export const addByline = (drafts: readonly BylineDraft[]): BylineDraft[] => [
  ...drafts,
  {
    key: nextKey++,
    name: '',
    role: drafts.length === 0 ? 'author' : 'contributor',
    affiliation: '',
  },
];

export const removeByline = (drafts: readonly BylineDraft[], index: number): BylineDraft[] =>
  drafts.filter((_, position) => position !== index);

/** Moves a row up (-1) or down (+1); a move past either end changes nothing. */
export const moveByline = (
  drafts: readonly BylineDraft[],
  index: number,
  by: -1 | 1,
): BylineDraft[] => {
  const target = index + by;
  if (index < 0 || index >= drafts.length || target < 0 || target >= drafts.length)
    return [...drafts];
  const next = [...drafts];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
};

export const updateByline = (
  drafts: readonly BylineDraft[],
  index: number,
  change: Partial<Omit<BylineDraft, 'key'>>,
): BylineDraft[] =>
  drafts.map((draft, position) => (position === index ? { ...draft, ...change } : draft));

/** What is saved: named rows only, trimmed, without an empty affiliation. */
export const savedBylines = (drafts: readonly BylineDraft[]): Byline[] =>
  drafts
    .filter((draft) => draft.name.trim() !== '')
    .map((draft) => {
      const affiliation = draft.affiliation.trim();
      const byline: Byline = { name: draft.name.trim(), role: draft.role };
      return affiliation === '' ? byline : { ...byline, affiliation };
    });
