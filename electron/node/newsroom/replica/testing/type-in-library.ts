import * as Y from 'yjs';
import { bodyFragment } from '../../../../../shared/collab/article-document';
import { decodeUpdate } from '../../../../../shared/collab/update-encoding';
import type { Library } from '../../../library/library';

/**
 * Types `text` at `offset` of the first paragraph, as an editor window would: a Yjs update
 * against the library's document, sent through `applyUpdate`.
 * @internal
 */
export const typeInLibrary = (library: Library, id: string, offset: number, text: string): void => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeUpdate(library.document(id).state));
  const before = Y.encodeStateVector(doc);
  const paragraph = bodyFragment(doc).get(0) as Y.XmlElement;
  const words = paragraph.get(0) as Y.XmlText;
  words.insert(Math.min(offset, words.length), text);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  library.applyUpdate({ id, update, origin: 'editor-test' }, { name: 'Awa Diop' });
};
