import { z } from 'zod';
import { ArticleFields } from '../../shared/model/article';

/** Edits of one article the server has not confirmed yet, and the revision they were made on. */
export const PendingEdit = z.object({
  id: z.string().min(1),
  baseRevision: z.number().int().nonnegative(),
  changes: ArticleFields.partial(),
  keptAt: z.number(),
});
export type PendingEdit = z.infer<typeof PendingEdit>;

/** The fields of an article changed since its last save. */
export type ArticleChanges = Partial<ArticleFields>;

/** Where the page keeps those edits so a reload or a closed tab finds them again. */
export interface PendingEdits {
  keep(edit: PendingEdit): Promise<void>;
  forget(id: string): Promise<void>;
  read(id: string): Promise<PendingEdit | null>;
  /** Every kept edit, the most recent first. */
  list(): Promise<PendingEdit[]>;
}

/** The storage under the pending edits: IndexedDB in the page, a Map in tests. */
export interface PendingEditsBackend {
  put(value: PendingEdit): Promise<void>;
  delete(id: string): Promise<void>;
  get(id: string): Promise<unknown>;
  all(): Promise<unknown[]>;
}

const report = (error: unknown) =>
  console.error('Copydesk: a kept edit could not be read; it is left in place:', error);

/** Checks what comes back from storage (another version of Copydesk may have written it). */
const parse = (value: unknown): PendingEdit | null => {
  if (value === undefined) return null;
  const parsed = PendingEdit.safeParse(value);
  if (parsed.success) return parsed.data;
  report(parsed.error);
  return null;
};

export function createPendingEdits(backend: PendingEditsBackend): PendingEdits {
  return {
    keep: async (edit) => backend.put(PendingEdit.parse(edit)),
    forget: (id) => backend.delete(id),
    read: async (id) => parse(await backend.get(id)),
    async list() {
      const kept = (await backend.all()).map(parse).filter((edit) => edit !== null);
      return kept.sort((left, right) => right.keptAt - left.keptAt);
    },
  };
}
