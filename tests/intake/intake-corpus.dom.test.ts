import { describe, expect, it } from 'vitest';
import { intakeCorpusFiles, pasteAndImport } from './intake-corpus-cases';

// The dom half: paste runs on the page's own window, as in the editor.
describe('one HTML intake (dom): paste and import give the same document', () => {
  it.each(intakeCorpusFiles)('%s/%s', (folder, name) => {
    const { pasted, imported } = pasteAndImport(folder, name, window);
    expect(pasted).toEqual(imported);
  });
});
