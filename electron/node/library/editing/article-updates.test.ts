import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import { writeArticleChanges } from '../../../../shared/collab/write-article-changes';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import type { Library } from '../library';
import { openTestLibrary } from '../testing/open-test-library';

const actor = { name: 'Awa Diop', role: 'reporter' as const };
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = (text: string) => ({ type: 'doc' as const, content: [paragraph(text)] });

const editorOn = (library: Library, id: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeUpdate(library.document(id).state));
  return doc;
};

const sendChanges = (library: Library, id: string, doc: Y.Doc, change: () => void) => {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  for (const update of updates) library.applyUpdate({ id, update, origin: 'window-a' }, actor);
};

describe('articles as Yjs documents in the library', () => {
  it('merges two editors typing in one paragraph, and the list reads the merge', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Crue', body: body('Le fleuve monte.') }, actor);
    const first = editorOn(library, id);
    const second = editorOn(library, id);
    sendChanges(library, id, first, () =>
      writeArticleChanges(first, { body: body('À Niamey, le fleuve monte.') }),
    );
    sendChanges(library, id, second, () =>
      writeArticleChanges(second, { body: body('Le fleuve monte encore.'), section: 'Société' }),
    );
    const article = library.get(id);
    expect(article.body).toEqual(body('À Niamey, le fleuve monte encore.'));
    expect(article.section).toBe('Société');
    expect(library.list({ text: 'encore' }).items.map((item) => item.id)).toEqual([id]);
  });

  it('puts a save of fields (the CLI, a restore) into the document and announces it', () => {
    const library = openTestLibrary();
    const { id, revision } = library.create({ body: body('Premier jet.') }, actor);
    const announced: string[] = [];
    library.onDocumentUpdate(({ articleId }) => announced.push(articleId));
    const editor = editorOn(library, id);
    library.save(
      { id, baseRevision: revision, changes: { headline: 'Titre', body: body('Second jet.') } },
      actor,
    );
    expect(announced).toContain(id);
    const state = library.document(id).state;
    Y.applyUpdate(editor, decodeUpdate(state));
    const read = readArticleDocument(editor, defaultArticleFields());
    expect([read.headline, read.body]).toEqual(['Titre', body('Second jet.')]);
  });

  it('refuses an update it cannot read, and keeps the article as it was', () => {
    const library = openTestLibrary();
    const { id } = library.create({ body: body('Intact.') }, actor);
    expect(() =>
      library.applyUpdate({ id, update: new Uint8Array([255, 1, 2, 3]), origin: 'x' }, actor),
    ).toThrow(/could not be read/);
    expect(library.get(id).body).toEqual(body('Intact.'));
  });
});

describe('the slug of an article edited as a document', () => {
  it('follows the headline typed in an editor, and stays when only the body changes', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Crue', body: body('Le fleuve monte.') }, actor);
    const editor = editorOn(library, id);
    sendChanges(library, id, editor, () =>
      writeArticleChanges(editor, { headline: 'Crue du Niger à Niamey' }),
    );
    expect(library.get(id).slug).toBe('crue-du-niger-a-niamey');
    Y.applyUpdate(editor, decodeUpdate(library.document(id).state));
    sendChanges(library, id, editor, () => writeArticleChanges(editor, { body: body('Encore.') }));
    expect(library.get(id).slug).toBe('crue-du-niger-a-niamey');
  });
});
