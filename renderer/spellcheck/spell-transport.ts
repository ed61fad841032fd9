import type { SpellRequestBody } from './spellcheck-protocol';

/** Carries requests to whatever runs the dictionaries (the worker, or the service in tests). */
export interface SpellTransport {
  request(body: SpellRequestBody): Promise<string[]>;
}
