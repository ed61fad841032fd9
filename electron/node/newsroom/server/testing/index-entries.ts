import type * as Y from 'yjs';
import type { IndexEntry } from '../../../../../shared/newsroom/library-index';
import { indexMapName } from '../../../../../shared/newsroom/library-index';

/** The article's entry in a desk's copy of the `library` document. */
export const indexEntry = (doc: Y.Doc, id: string): IndexEntry | undefined =>
  doc.getMap<IndexEntry>(indexMapName).get(id);
