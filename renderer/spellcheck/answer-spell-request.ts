import { missingCaseError } from '../../shared/errors/missing-case';
import type { SpellRequest, SpellResponse } from './spellcheck-protocol';
import type { SpellcheckService } from './spellcheck-service';

/** Runs one request against the service; failures become an error response, never a throw. */
export async function answerSpellRequest(
  service: SpellcheckService,
  request: SpellRequest,
): Promise<SpellResponse> {
  try {
    return { id: request.id, ok: true, words: await wordsFor(service, request) };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

async function wordsFor(service: SpellcheckService, request: SpellRequest): Promise<string[]> {
  switch (request.kind) {
    case 'check':
      return service.misspelled(request.dictionary, request.words);
    case 'suggest':
      return service.suggest(request.dictionary, request.word);
    case 'add':
      service.addWords(request.words);
      return [];
    default:
      throw missingCaseError(request);
  }
}
