import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { intakeCorpusFiles, pasteAndImport } from './intake-corpus-cases';

// The node half: paste runs on a jsdom window of its own. The dom half runs on Vitest's window.
const { window } = new JSDOM('');

describe('one HTML intake (node): paste and import give the same document', () => {
  it.each(intakeCorpusFiles)('%s/%s', (folder, name) => {
    const { pasted, imported } = pasteAndImport(folder, name, window);
    expect(pasted).toEqual(imported);
  });
});
