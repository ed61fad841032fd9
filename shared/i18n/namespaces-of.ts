import type { Catalog } from './catalogs';

/** Every namespace found in any language, sorted. */
export const namespacesOf = (resources: Record<string, Partial<Catalog>>): string[] =>
  [...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace)))].sort();
