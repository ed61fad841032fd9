import type { PendingEditsBackend } from '../pending-edits';

/** Pending edits in a Map, copied in and out as IndexedDB does. */
export function memoryPendingEditsBackend(): PendingEditsBackend & {
  values: Map<string, unknown>;
} {
  const values = new Map<string, unknown>();
  return {
    values,
    put: (value) => Promise.resolve(void values.set(value.id, structuredClone(value))),
    delete: (id) => Promise.resolve(void values.delete(id)),
    get: (id) => Promise.resolve(structuredClone(values.get(id))),
    all: () => Promise.resolve([...values.values()].map((value) => structuredClone(value))),
  };
}
