import path from 'node:path';
import { openLibrary } from '../../../electron/node/library/open-library';
import { decodeUpdate } from '../../../shared/collab/update-encoding';
import { articleDocumentName } from '../../../shared/newsroom/document-names';
import { bodyOfWords } from '../body-of-words';

export interface BenchArticle {
  id: string;
  documentName: string;
  seed: Uint8Array;
}

/** A library of `count` articles of a few hundred words: what the typists type into. */
export const createBenchLibrary = (
  root: string,
  count: number,
): { folder: string; articles: BenchArticle[] } => {
  const folder = path.join(root, 'library');
  const library = openLibrary(folder, { create: true });
  try {
    const articles: BenchArticle[] = [];
    for (let index = 0; index < count; index += 1) {
      const article = library.create(
        { headline: `Article ${index + 1} du banc d’essai`, body: bodyOfWords(index + 1, 400, 0) },
        { name: 'bench', role: 'chief_editor' },
      );
      articles.push({
        id: article.id,
        documentName: articleDocumentName(article.id),
        seed: decodeUpdate(library.document(article.id).state),
      });
    }
    return { folder, articles };
  } finally {
    library.close();
  }
};
