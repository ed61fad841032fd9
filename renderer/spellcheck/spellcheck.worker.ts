import { answerSpellRequest } from './answer-spell-request';
import { fetchDictionaryFiles } from './fetch-dictionary-files';
import type { SpellRequest, SpellResponse } from './spellcheck-protocol';
import { createSpellcheckService } from './spellcheck-service';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
  postMessage(message: SpellResponse): void;
}

const scope = self as unknown as WorkerScope;
const service = createSpellcheckService(fetchDictionaryFiles);

scope.onmessage = (event) => {
  void answerSpellRequest(service, event.data).then((response) => scope.postMessage(response));
};
