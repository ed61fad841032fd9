import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import { htmlToDocument } from '../../electron/node/import/html-to-document';
import { pastedHtmlFragment } from '../../renderer/paste/pasted-html';
import { createExtensions } from '../../shared/editor/extensions';
import type { IntakeWindow } from '../../shared/editor/intake/intake-dom';
import { corpusFileNames, readCorpusFile, type CorpusFolder } from '../corpus/corpus-files';

const schema = getSchema(createExtensions());

/** Every HTML file of the paste and hostile corpora, as `[folder, name]`. */
export const intakeCorpusFiles: [CorpusFolder, string][] = (['paste', 'hostile'] as const).flatMap(
  (folder) =>
    corpusFileNames(folder)
      .filter((name) => name.endsWith('.html'))
      .map((name): [CorpusFolder, string] => [folder, name]),
);

/**
 * The same file pasted (the renderer's path, on `window`) and imported (the import's body path,
 * on its own jsdom window), both as ProseMirror JSON. Paste without French typography: that is
 * a paste option, not part of the intake.
 */
export const pasteAndImport = (
  folder: CorpusFolder,
  name: string,
  window: IntakeWindow,
): { pasted: JSONContent; imported: JSONContent } => {
  const html = readCorpusFile(folder, name);
  const fragment = pastedHtmlFragment(html, null, window);
  return {
    pasted: ProseMirrorDOMParser.fromSchema(schema).parse(fragment).toJSON() as JSONContent,
    imported: htmlToDocument(html),
  };
};
