import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../shared/collab/create-article-document';
import { readBodyDocument } from '../../../shared/collab/read-article-document';
import { decodeUpdate } from '../../../shared/collab/update-encoding';
import { defaultArticleFields } from '../../../shared/model/article-defaults';
import { documentText } from '../../../shared/text/document-text';
import { appErrorOf } from './testing/app-error-of';
import { openTestLibrary, paragraphs, reporter } from './testing/open-test-library';

const deskDocument = (id: string, headline: string, text: string): Y.Doc =>
  createArticleDocument(id, { ...defaultArticleFields(), headline, body: paragraphs(text) });

describe('Library.createFromDocument', () => {
  it('adopts the desk’s document as it is: both sides merge later without doubling the text', () => {
    const library = openTestLibrary();
    const id = randomUUID();
    const desk = deskDocument(id, 'Marché de Médina', 'Les prix baissent.');
    const article = library.createFromDocument(
      { id, document: Y.encodeStateAsUpdate(desk) },
      reporter,
    );
    expect(article).toMatchObject({
      id,
      headline: 'Marché de Médina',
      slug: 'marche-de-medina',
      status: 'draft',
      revision: 1,
    });
    expect(library.statusLog(id)).toEqual([
      expect.objectContaining({ from: null, to: 'draft', by: 'Awa Diop' }),
    ]);

    const stored = new Y.Doc();
    Y.applyUpdate(stored, decodeUpdate(library.document(id).state));
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(desk));
    expect(documentText(readBodyDocument(stored))).toBe('Les prix baissent.');
    expect(documentText(library.get(id).body)).toBe('Les prix baissent.');
  });

  it('gives a free slug when the desk’s is taken, and the document learns it', () => {
    const library = openTestLibrary();
    library.create({ headline: 'Marché de Médina' }, reporter);
    const id = randomUUID();
    const article = library.createFromDocument(
      { id, document: Y.encodeStateAsUpdate(deskDocument(id, 'Marché de Médina', 'Texte.')) },
      reporter,
    );
    expect(article.slug).toBe('marche-de-medina-2');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, decodeUpdate(library.document(id).state));
    expect(stored.getMap('fields').get('slug')).toBe('marche-de-medina-2');
  });

  it('refuses an id already taken and a document that does not decode, writing nothing', () => {
    const library = openTestLibrary();
    const id = randomUUID();
    const document = Y.encodeStateAsUpdate(deskDocument(id, 'Une', 'Deux.'));
    library.createFromDocument({ id, document }, reporter);
    expect(appErrorOf(() => library.createFromDocument({ id, document }, reporter)).code).toBe(
      'conflict',
    );
    const other = randomUUID();
    expect(
      appErrorOf(() =>
        library.createFromDocument({ id: other, document: document.slice(0, 20) }, reporter),
      ).code,
    ).toBe('invalid');
    expect(library.list({}).total).toBe(1);
  });
});
