const maximumTags = 100;
const maximumTagLength = 120;

/** Tags from typed text: split on commas, trimmed, empty and duplicate ones (any case) dropped. */
export const addTags = (tags: readonly string[], typed: string): string[] => {
  const next = [...tags];
  const known = new Set(tags.map((tag) => tag.toLocaleLowerCase()));
  for (const part of typed.split(',')) {
    const tag = part.trim().slice(0, maximumTagLength).trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || known.has(key) || next.length >= maximumTags) continue;
    known.add(key);
    next.push(tag);
  }
  return next;
};

export const removeTag = (tags: readonly string[], index: number): string[] =>
  tags.filter((_, position) => position !== index);
