const canonicalValue = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value === null || typeof value !== 'object') return value;
  // No prototype: a key named "__proto__" stays a plain member.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = canonicalValue(item);
  }
  return sorted;
};

/** JSON with every object's keys sorted and undefined members left out: equal data, equal text. */
export const canonicalJson = (value: unknown): string => JSON.stringify(canonicalValue(value));
