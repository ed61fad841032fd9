import type { AttributeSpec } from '@tiptap/pm/model';

/** The attributes the schema declares for a node or mark type; others are dropped. */
export const knownAttributes = (
  declared: Readonly<Record<string, AttributeSpec>> | undefined,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(given ?? {}).filter(
      ([name, value]) =>
        value !== undefined && declared !== undefined && Object.hasOwn(declared, name),
    ),
  );
