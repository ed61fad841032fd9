import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fieldsMap } from '../../../../shared/collab/article-document';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { openLibrary } from '../open-library';
import { openTestLibrary, reporter } from '../testing/open-test-library';
import { temporaryFolder } from '../testing/temporary-folder';

const variants = {
  seoTitle: 'Crue à Kayes : le fleuve déborde',
  socialTitle: 'Kayes sous les eaux',
  metaDescription: 'Le fleuve Sénégal a débordé dans la nuit à Kayes.',
};

describe('headline variants in the library', () => {
  it('are stored, kept in the article’s document and read back after reopening', () => {
    const folder = temporaryFolder();
    const first = openLibrary(folder, { create: true });
    const created = first.create({ headline: 'Crue à Kayes' }, reporter);
    expect(created).toMatchObject({ seoTitle: '', socialTitle: '', metaDescription: '' });
    first.save({ id: created.id, baseRevision: created.revision, changes: variants }, reporter);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decodeUpdate(first.document(created.id).state));
    expect(fieldsMap(doc).get('socialTitle')).toBe('Kayes sous les eaux');
    first.close();

    const reopened = openTestLibrary({ create: false }, folder);
    expect(reopened.get(created.id)).toMatchObject(variants);
  });
});
