import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createArticleDocument } from '../../../shared/collab/create-article-document';
import { defaultArticleFields } from '../../../shared/model/article-defaults';
import type { Library } from '../library/library';
import { appErrorOf } from '../library/testing/app-error-of';
import { openTestLibrary, paragraphs } from '../library/testing/open-test-library';
import { testClock } from '../library/testing/test-clock';
import { importPackage } from './import-package';
import { editorActor, packageDesk, reporterActor } from './testing/package-desk';
import {
  asFormatOne,
  jsonBytes,
  parseBytes,
  replaceDocument,
  rewritePackage,
} from './testing/rewrite-package';

const articleId = '5c0d7e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f';

/** A genuine format 2 package, and the library it came from. */
const genuine = async () => {
  const clock = testClock();
  const source = openTestLibrary({ now: clock.now });
  const { id } = source.create(
    { headline: 'Crue à Kayes', body: paragraphs('Le fleuve monte.') },
    reporterActor,
  );
  return { id, bytes: await packageDesk(clock).send(source, id, reporterActor) };
};

const snapshotOf = (library: Library) => ({
  list: library.list({}).items.map((item) => [item.id, item.revision, item.headline]),
  trash: library.list({ trash: true }).total,
});

/** The library already holds the article; a refused package must leave it exactly as it was. */
const refusedWithoutChange = async (change: (bytes: Uint8Array) => Uint8Array) => {
  const { id, bytes } = await genuine();
  const library = openTestLibrary();
  importPackage(library, bytes, editorActor);
  const before = { ...snapshotOf(library), body: library.get(id).body };
  const error = appErrorOf(() => importPackage(library, change(bytes), editorActor));
  expect({ ...snapshotOf(library), body: library.get(id).body }).toEqual(before);
  return error;
};

describe('the Yjs state in a package (article.yjs)', () => {
  it('refuses an article.yjs that is not a Yjs document, and changes nothing', async () => {
    const error = await refusedWithoutChange((bytes) =>
      replaceDocument(bytes, new TextEncoder().encode('not a document at all')),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/^The package's article\.yjs could not be read/);
  });

  it('refuses a document that holds no article, or only part of one', async () => {
    const empty = await refusedWithoutChange((bytes) =>
      replaceDocument(bytes, Y.encodeStateAsUpdate(new Y.Doc())),
    );
    expect(empty.message).toBe("The package's article.yjs could not be read: it holds no article.");
    const source = createArticleDocument(articleId, defaultArticleFields());
    const before = Y.encodeStateVector(source);
    source.getMap('fields').set('headline', 'Suite');
    const partial = Y.encodeStateAsUpdate(source, before);
    const incomplete = await refusedWithoutChange((bytes) => replaceDocument(bytes, partial));
    expect(incomplete.message).toBe(
      "The package's article.yjs could not be read: it is incomplete.",
    );
  });

  it('is required from format 2 on, and refused in format 1', async () => {
    const missing = await refusedWithoutChange((bytes) =>
      rewritePackage(bytes, (entries) => {
        delete entries['article.yjs'];
      }),
    );
    expect(missing.message).toBe('This package has no article.yjs.');
    const smuggled = await refusedWithoutChange((bytes) =>
      rewritePackage(asFormatOne(bytes), (entries) => {
        entries['article.yjs'] = new Uint8Array([0, 0]);
      }),
    );
    expect(smuggled.message).toBe('A format 1 package cannot hold article.yjs.');
  });

  it('passes the document through the same checks as article.json: links, lines, schema', async () => {
    const { id, bytes } = await genuine();
    const hostile = createArticleDocument(id, {
      ...defaultArticleFields(),
      headline: 'Crue\u202e\nà Kayes',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'cliquez',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
    });
    const library = openTestLibrary();
    importPackage(library, replaceDocument(bytes, Y.encodeStateAsUpdate(hostile)), editorActor);
    expect(library.get(id)).toMatchObject({
      headline: 'Crue à Kayes',
      body: paragraphs('cliquez'),
    });
  });

  it('still imports a format 1 package as before', async () => {
    const { id, bytes } = await genuine();
    const library = openTestLibrary();
    const old = rewritePackage(asFormatOne(bytes), (entries) => {
      const article = parseBytes(entries['article.json']);
      entries['article.json'] = jsonBytes({ ...article, headline: 'Version 1' });
    });
    expect(importPackage(library, old, editorActor).outcome).toBe('added');
    expect(library.get(id)).toMatchObject({
      headline: 'Version 1',
      body: paragraphs('Le fleuve monte.'),
    });
  });
});
