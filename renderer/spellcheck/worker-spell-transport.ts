import type { SpellRequest, SpellResponse } from './spellcheck-protocol';
import type { SpellTransport } from './spell-transport';

/** Starts the spellcheck worker (bundled by Vite from the URL below) and pairs answers by id. */
export function createWorkerSpellTransport(): SpellTransport {
  const worker = new Worker(new URL('./spellcheck.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve(words: string[]): void; reject(error: Error): void }>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<SpellResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (waiting === undefined) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.words);
    else waiting.reject(new Error(response.message));
  };
  worker.onerror = (event) => {
    const error = new Error(`The spellcheck worker failed: ${event.message}`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  return {
    request(body) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: SpellRequest = { ...body, id };
        worker.postMessage(request);
      });
    },
  };
}
