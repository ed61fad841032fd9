import { z } from 'zod';
import { DocumentUpdate } from '../../shared/ipc/contract';
import { ArticleFields } from '../../shared/model/article';

/**
 * Edits of one article the server has not confirmed yet: Yjs updates (base64), which merge with
 * whatever the article became meanwhile. `changes` (fields, with the revision they were typed
 * on) is what earlier versions of Copydesk kept; it is still read.
 */
export const PendingEdit = z.object({
  id: z.string().min(1),
  updates: z.array(DocumentUpdate).optional(),
  baseRevision: z.number().int().nonnegative().optional(),
  changes: ArticleFields.partial().optional(),
  keptAt: z.number(),
});
export type PendingEdit = z.infer<typeof PendingEdit>;

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
