import type { RevisionSummary } from '../../shared/model/revision';

export interface VersionWording {
  /** The version's own name, or what made it (status change, import…). */
  name: (item: RevisionSummary) => string;
  date: (iso: string) => string;
  unknownAuthor: string;
  option: (values: { name: string; date: string; author: string }) => string;
  withRevision: (values: { label: string; revision: number }) => string;
}

/**
 * The compare list's choices: name, date and author; versions that would still read the same
 * (saved in the same minute by the same person) also show their revision number.
 */
export const versionOptions = (
  items: readonly RevisionSummary[],
  wording: VersionWording,
): { value: string; label: string }[] => {
  const labels = items.map((item) =>
    wording.option({
      name: wording.name(item),
      date: wording.date(item.createdAt),
      author: item.author || wording.unknownAuthor,
    }),
  );
  const repeated = new Set(labels.filter((label, index) => labels.indexOf(label) !== index));
  return items.map((item, index) => {
    const label = labels[index]!;
    return {
      value: String(item.id),
      label: repeated.has(label) ? wording.withRevision({ label, revision: item.revision }) : label,
    };
  });
};
