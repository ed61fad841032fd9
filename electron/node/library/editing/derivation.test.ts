import Database from 'better-sqlite3';
import { decodeStoredBody } from '../stored-forms/stored-body';
import fs from 'node:fs';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import { writeArticleChanges } from '../../../../shared/collab/write-article-changes';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import type { Library } from '../library';
import { openLibrary } from '../open-library';
import { libraryFiles } from '../storage/library-files';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';
import { temporaryFolder } from '../testing/temporary-folder';
import { testClock } from '../testing/test-clock';
import { derivationDelayMs } from './derivation-scheduler';

afterEach(() => {
  vi.useRealTimers();
});

const editorOn = (library: Library, id: string): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeUpdate(library.document(id).state));
  return doc;
};

/** Sends each update the change makes, as an editor does. */
const type = (library: Library, id: string, doc: Y.Doc, text: string): void => {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  writeArticleChanges(doc, { body: paragraphs(text) });
  doc.off('update', collect);
  for (const update of updates) library.applyUpdate({ id, update, origin: 'window-a' }, reporter);
};

const rawRow = (folder: string, id: string) => {
  const db = new Database(libraryFiles(folder).database, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.revision, a.updated_at AS updatedAt, b.body,
           (SELECT count(*) FROM article_updates u WHERE u.article_row = a.row_id) AS updates,
           (SELECT count(*) FROM underived_articles u WHERE u.article_row = a.row_id) AS underived
         FROM articles a JOIN article_bodies b ON b.article_row = a.row_id WHERE a.id = ?`,
      )
      .get(id) as {
      revision: number;
      updatedAt: string;
      body: Buffer;
      updates: number;
      underived: number;
    };
  } finally {
    db.close();
  }
};

describe('derived article data', () => {
  it('is not written on the keystroke path, and is derived once per burst within the delay', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = testClock();
    const folder = temporaryFolder();
    const library = openTestLibrary({ now: clock.now }, folder);
    const { id } = library.create({ body: paragraphs('Le fleuve') }, reporter);
    const derived: string[][] = [];
    library.onArticlesDerived((ids) => derived.push(ids));
    const editor = editorOn(library, id);
    clock.advance(60_000);
    for (const text of ['Le fleuve m', 'Le fleuve mon', 'Le fleuve monte.'])
      type(library, id, editor, text);
    expect(rawRow(folder, id)).toMatchObject({ revision: 1, underived: 1 });
    expect(decodeStoredBody(rawRow(folder, id).body)).toEqual(paragraphs('Le fleuve'));
    vi.advanceTimersByTime(derivationDelayMs);
    expect(derived).toEqual([[id]]);
    const row = rawRow(folder, id);
    expect(row).toMatchObject({ revision: 2, underived: 0, updatedAt: clock.now().toISOString() });
    expect(decodeStoredBody(row.body)).toEqual(paragraphs('Le fleuve monte.'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is derived before a read, so get, list and search see the latest typing', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Crue', body: paragraphs('Le fleuve') }, reporter);
    type(library, id, editorOn(library, id), 'Le fleuve déborde à Niamey.');
    expect(library.get(id).body).toEqual(paragraphs('Le fleuve déborde à Niamey.'));
    expect(library.list({ text: 'niamey' }).items.map((item) => item.id)).toEqual([id]);
    expect(library.get(id).counts.words).toBe(5);
  });

  it('is repaired at open when the process died before deriving', () => {
    const folder = temporaryFolder();
    const library = openLibrary(folder, { create: true });
    const { id } = library.create({ body: paragraphs('Avant') }, reporter);
    type(library, id, editorOn(library, id), 'Après le crash.');
    const crashed = temporaryFolder();
    const { database } = libraryFiles(folder);
    const copy = libraryFiles(crashed).database;
    fs.copyFileSync(database, copy);
    fs.copyFileSync(`${database}-wal`, `${copy}-wal`);
    library.close();
    expect(rawRow(crashed, id)).toMatchObject({ revision: 1, underived: 1 });
    const reopened = openLibrary(crashed, { create: false });
    try {
      expect(rawRow(crashed, id)).toMatchObject({ revision: 2, underived: 0 });
      expect(reopened.get(id).body).toEqual(paragraphs('Après le crash.'));
    } finally {
      reopened.close();
    }
  });

  it('derives what is left when the library closes', () => {
    const folder = temporaryFolder();
    const library = openLibrary(folder, { create: true });
    const { id } = library.create({ body: paragraphs('Un') }, reporter);
    type(library, id, editorOn(library, id), 'Deux.');
    library.close();
    expect(rawRow(folder, id)).toMatchObject({ revision: 2, underived: 0 });
  });
});

describe('compaction of an article’s updates', () => {
  it('replaces a long log by one update holding the same document', () => {
    const folder = temporaryFolder();
    const library = openLibrary(folder, { create: true });
    const { id } = library.create({ headline: 'Compact', body: paragraphs('x') }, reporter);
    const editor = editorOn(library, id);
    let text = 'x';
    for (let index = 0; index < 600; index += 1) {
      text += index % 10 === 9 ? ' ' : 'a';
      type(library, id, editor, text);
    }
    expect(rawRow(folder, id).updates).toBeGreaterThan(600);
    const before = Y.encodeStateAsUpdate(editorOn(library, id));
    expect(library.get(id).body).toEqual(paragraphs(text));
    expect(rawRow(folder, id).updates).toBe(1);
    library.close();
    const reopened = openLibrary(folder, { create: false });
    try {
      const after = editorOn(reopened, id);
      const fallback = defaultArticleFields();
      const original = new Y.Doc();
      Y.applyUpdate(original, before);
      expect(readArticleDocument(after, fallback)).toEqual(readArticleDocument(original, fallback));
      expect(Y.encodeStateVector(after)).toEqual(Y.encodeStateVector(original));
      expect(Y.encodeStateAsUpdate(after)).toEqual(before);
    } finally {
      reopened.close();
    }
  });
});
