import * as Y from 'yjs';
import { documentText } from '../../../../../shared/text/document-text';
import { openLibrary } from '../../../library/open-library';
import type { NewsroomStore } from '../newsroom-store';
import { firstParagraph } from './paragraph-typing';

/** The first paragraph of the article's document as the store now holds it ('' when it has none). */
export const storedParagraph = async (store: NewsroomStore, id: string): Promise<string> => {
  const state = await store.loadArticle(id);
  if (state === null) return '';
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  try {
    return firstParagraph(doc);
  } finally {
    doc.destroy();
  }
};

/** The article's body text as the closed library derived it (list, search and export read this). */
export const derivedText = (folder: string, id: string): string => {
  const library = openLibrary(folder, { create: false });
  try {
    return documentText(library.get(id).body);
  } finally {
    library.close();
  }
};
