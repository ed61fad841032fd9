import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeUpdate } from '../../../shared/collab/update-encoding';
import { pickArticleFields } from '../../../shared/model/article-fields';
import type { ArticleFields } from '../../../shared/model/article';
import { documentText } from '../../../shared/text/document-text';
import type { Library } from '../library/library';
import { openTestLibrary, paragraphs } from '../library/testing/open-test-library';
import { testClock } from '../library/testing/test-clock';
import { editorActor, packageDesk, reporterActor } from './testing/package-desk';
import { asFormatOne } from './testing/rewrite-package';

type Actor = typeof reporterActor;

const edit = (library: Library, id: string, changes: Partial<ArticleFields>, actor: Actor) =>
  library.save({ id, baseRevision: library.get(id).revision, changes }, actor);

const documentOf = (library: Library, id: string): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeUpdate(library.document(id).state));
  return doc;
};

/** Awa's library and Chef's, the article sent from the first to the second. */
const twoDesks = async (...texts: string[]) => {
  const clock = testClock();
  const awa = openTestLibrary({ now: clock.now });
  const chef = openTestLibrary({ now: clock.now });
  const desk = packageDesk(clock);
  const { id } = awa.create(
    { headline: 'Crue à Kayes', body: paragraphs(...texts) },
    reporterActor,
  );
  clock.advance(60_000);
  expect(desk.receive(chef, await desk.send(awa, id, reporterActor), editorActor).outcome).toBe(
    'added',
  );
  clock.advance(60_000);
  return { clock, awa, chef, desk, id };
};

const expectIdentical = (left: Library, right: Library, id: string): void => {
  const [one, other] = [left.get(id), right.get(id)];
  expect(pickArticleFields(one)).toEqual(pickArticleFields(other));
  expect(one.status).toBe(other.status);
  expect(
    Y.equalSnapshots(Y.snapshot(documentOf(left, id)), Y.snapshot(documentOf(right, id))),
  ).toBe(true);
};

const orders = [
  { name: 'Awa’s package first', firstSender: 'awa' },
  { name: 'Chef’s package first', firstSender: 'chef' },
] as const;

const edits = {
  'different paragraphs': {
    texts: ['Le fleuve monte.', 'Les habitants partent.'],
    awa: paragraphs('Le fleuve monte depuis lundi.', 'Les habitants partent.'),
    chef: paragraphs('Le fleuve monte.', 'Les habitants partent vers Bamako.'),
    words: ['lundi', 'Bamako'],
  },
  'the same paragraph': {
    texts: ['Le fleuve monte.'],
    awa: paragraphs('Ce matin, le fleuve monte vite.'),
    chef: paragraphs('Le fleuve monte encore à Kayes.'),
    words: ['matin', 'vite', 'encore', 'Kayes'],
  },
};

describe('two desks exchanging format 2 packages', () => {
  for (const [what, scenario] of Object.entries(edits)) {
    for (const order of orders) {
      it(`merges edits to ${what} (${order.name}) and both desks end identical`, async () => {
        const { clock, awa, chef, desk, id } = await twoDesks(...scenario.texts);
        edit(awa, id, { body: scenario.awa }, reporterActor);
        edit(chef, id, { body: scenario.chef, section: 'Société' }, editorActor);
        clock.advance(60_000);
        const [first, second] =
          order.firstSender === 'awa'
            ? ([
                [awa, reporterActor],
                [chef, editorActor],
              ] as const)
            : ([
                [chef, editorActor],
                [awa, reporterActor],
              ] as const);
        const [sender, senderActor] = first;
        const [receiver, receiverActor] = second;

        const merged = desk.receive(
          receiver,
          await desk.send(sender, id, senderActor),
          receiverActor,
        );
        expect(merged.outcome).toBe('merged');
        const flag = receiver.get(id).conflict;
        expect(flag).toMatchObject({ kind: 'merged', from: senderActor.name });
        expect(receiver.list({}).items[0]?.inConflict).toBe(false);

        clock.advance(60_000);
        const back = desk.receive(
          sender,
          await desk.send(receiver, id, receiverActor),
          senderActor,
        );
        expect(back.outcome).toBe('fast_forwarded');
        expect(sender.get(id).conflict).toBeNull();

        expectIdentical(awa, chef, id);
        const text = documentText(awa.get(id).body);
        for (const word of [...scenario.words, 'fleuve']) expect(text).toContain(word);
        expect(text.match(/fleuve/g)).toHaveLength(1);
        expect(awa.get(id).section).toBe('Société');
      });
    }
  }

  it('keeps what the receiver had just before the merge and the result, to compare and mark reviewed', async () => {
    const { clock, awa, chef, desk, id } = await twoDesks('Le fleuve monte.');
    edit(awa, id, { body: paragraphs('Le fleuve monte vite.') }, reporterActor);
    edit(chef, id, { body: paragraphs('Ce matin, le fleuve monte.') }, editorActor);
    clock.advance(60_000);
    desk.receive(awa, await desk.send(chef, id, editorActor), reporterActor);
    const article = awa.get(id);
    const flag = article.conflict;
    if (flag === null || !('kind' in flag)) throw new Error('The article was not flagged.');
    expect(awa.getRevision(id, flag.beforeRevisionId).fields.body).toEqual(
      paragraphs('Le fleuve monte vite.'),
    );
    expect(awa.getRevision(id, flag.afterRevisionId).fields.body).toEqual(article.body);
    expect(documentText(article.body)).toBe('Ce matin, le fleuve monte vite.');
    const reviewed = awa.resolveConflict({ id, baseRevision: article.revision });
    expect(reviewed.conflict).toBeNull();
    expect(reviewed.body).toEqual(article.body);
  });

  it('fast-forwards without a review flag when only the sender changed', async () => {
    const { clock, awa, chef, desk, id } = await twoDesks('Le fleuve monte.');
    const before = chef.get(id);
    edit(awa, id, { body: paragraphs('Le fleuve monte toujours.') }, reporterActor);
    const sent = await desk.send(awa, id, reporterActor);
    clock.advance(60_000);
    expect(desk.receive(chef, sent, editorActor).outcome).toBe('fast_forwarded');
    expect(chef.get(id)).toMatchObject({ conflict: null, revision: before.revision + 1 });
    expectIdentical(awa, chef, id);
    expect(desk.receive(chef, sent, editorActor).outcome).toBe('unchanged');
    expect(desk.receive(awa, sent, reporterActor).outcome).toBe('unchanged');
  });

  it('keeps the library’s version when the package holds nothing new', async () => {
    const { awa, chef, desk, id } = await twoDesks('Le fleuve monte.');
    const old = await desk.send(chef, id, editorActor);
    edit(chef, id, { body: paragraphs('Le fleuve monte encore.') }, editorActor);
    expect(desk.receive(chef, old, editorActor).outcome).toBe('local_newer');
    expect(documentText(chef.get(id).body)).toBe('Le fleuve monte encore.');
    expect(awa.get(id).conflict).toBeNull();
  });

  it('falls back to keeping both versions when the two documents share no history', async () => {
    const clock = testClock();
    const awa = openTestLibrary({ now: clock.now });
    const chef = openTestLibrary({ now: clock.now });
    const desk = packageDesk(clock);
    const { id } = awa.create(
      { headline: 'Crue', body: paragraphs('Le fleuve monte.') },
      reporterActor,
    );
    // A format 1 package carries no document: each library grows its own from its own text.
    desk.receive(chef, asFormatOne(await desk.send(awa, id, reporterActor)), editorActor);
    edit(chef, id, { body: paragraphs('Le fleuve monte encore.') }, editorActor);
    edit(awa, id, { body: paragraphs('Le fleuve monte vite.') }, reporterActor);
    clock.advance(60_000);
    const result = desk.receive(chef, await desk.send(awa, id, reporterActor), editorActor);
    expect(result.outcome).toBe('conflict');
    const article = chef.get(id);
    expect(documentText(article.body)).toBe('Le fleuve monte encore.');
    expect(article.conflict).toMatchObject({ from: 'Awa Diop' });
    expect(article.conflict).not.toHaveProperty('kind');
  });
});
