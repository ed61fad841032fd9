import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../../shared/collab/create-article-document';
import { encodeUpdate } from '../../../../shared/collab/update-encoding';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import type { Member, NewsroomStore } from '../server/newsroom-store';
import { openPostgresStore } from './open-postgres-store';
import { describeWithServices } from './testing/describe-with-services';
import { freshDatabase } from './testing/fresh-database';

const a1 = randomUUID();
const m1 = randomUUID();
const t1 = randomUUID();
const x = randomUUID();
const nope = randomUUID();
const absent = randomUUID();

const reporter: Member = { name: 'Rita', role: 'reporter' };
const editor: Member = { name: 'Ed', role: 'editor' };

/** An article that passes the readiness checks (headline, standfirst, byline, English). */
const readyDocument = (id: string): Y.Doc =>
  createArticleDocument(id, {
    ...defaultArticleFields(),
    headline: 'Council votes',
    standfirst: 'The budget passed.',
    bylines: [{ name: 'Rita', role: 'author' }],
    language: 'en',
  });

const seededDocument = (text: string): Y.Doc => {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return doc;
};

describeWithServices('the PostgreSQL newsroom store', (services) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const opened: NewsroomStore[] = [];
  const open = async () => {
    const store = await openPostgresStore(database.url);
    opened.push(store);
    return store;
  };
  const create = (store: NewsroomStore, id: string, doc = readyDocument(id)) =>
    store.apply(
      { op: 'create', requestId: 'r', id, document: encodeUpdate(Y.encodeStateAsUpdate(doc)) },
      reporter,
    );

  beforeEach(async () => {
    database = await freshDatabase(services().postgresUrl);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await database.drop();
  });

  it('creates its tables on first use, once, for instances starting together', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    expect(first.libraryId).toBe(second.libraryId);
    expect((await open()).libraryId).toBe(first.libraryId);
  });

  it('exchanges an invitation once, keeps only hashes and refuses a revoked credential', async () => {
    const store = await open();
    const { account, invitation } = await store.accounts.add('Rita', 'reporter');
    expect(account).toMatchObject({ name: 'Rita', role: 'reporter', joined: false });
    await expect(store.accounts.add('Rita', 'editor')).rejects.toThrow(/already exists/);
    const [redeemed, again] = await Promise.all([
      store.accounts.redeem(invitation),
      store.accounts.redeem(invitation),
    ]);
    const joined = redeemed ?? again;
    expect([redeemed, again].filter((result) => result === null)).toHaveLength(1);
    expect(joined?.member).toEqual(reporter);
    expect(await store.accounts.authenticate(joined!.credential)).toEqual(reporter);
    expect(await store.accounts.authenticate('not a credential')).toBeNull();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const dump = JSON.stringify((await client.query('SELECT * FROM newsroom_accounts')).rows);
    await client.end();
    expect(dump).not.toContain(joined!.credential);
    expect(dump).not.toContain(invitation);

    expect((await store.accounts.revoke('Rita')).revokedAt).not.toBeNull();
    expect(await store.accounts.authenticate(joined!.credential)).toBeNull();
    expect((await store.accounts.list()).map((listed) => listed.joined)).toEqual([true]);
  });

  it('refuses a reporter’s approval and records an editor’s, with the shared workflow rules', async () => {
    const store = await open();
    await create(store, a1);
    const submit = { op: 'setStatus', requestId: 'r', id: a1, note: '' } as const;
    expect(await store.apply({ ...submit, status: 'submitted' }, reporter)).toMatchObject({
      ok: true,
    });
    expect(await store.apply({ ...submit, status: 'approved' }, reporter)).toMatchObject({
      ok: false,
      code: 'not_allowed_for_role',
    });
    expect(await store.apply({ ...submit, status: 'published' }, editor)).toMatchObject({
      ok: false,
      code: 'not_a_transition',
    });
    const approved = await store.apply({ ...submit, status: 'approved', note: 'Good' }, editor);
    expect(
      approved.ok && approved.entry.moves.map((move) => [move.to, move.by, move.note]),
    ).toEqual([
      ['submitted', 'Rita', ''],
      ['approved', 'Ed', 'Good'],
    ]);
    await store.apply({ ...submit, status: 'spiked' }, editor);
    const unspiked = await store.apply({ ...submit, status: 'approved' }, editor);
    expect(unspiked.ok && unspiked.entry.status).toBe('approved');
    expect((await store.index()).get(a1)?.status).toBe('approved');
  });

  it('lets only one of two instances apply conflicting moves at once', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const ids = Array.from({ length: 8 }, () => randomUUID());
    for (const id of ids) {
      await create(first, id);
      await first.apply(
        { op: 'setStatus', requestId: 'r', id, status: 'submitted', note: '' },
        reporter,
      );
    }
    const outcomes = await Promise.all(
      ids.flatMap((id) =>
        [first, second].map((store) =>
          store.apply(
            { op: 'setStatus', requestId: 'r', id, status: 'changes_requested', note: '' },
            editor,
          ),
        ),
      ),
    );
    // The second one sees the first's move: its no-op answer must not record a move.
    const index = await second.index();
    for (const id of ids)
      expect(index.get(id)?.moves.map((move) => move.to)).toEqual([
        'submitted',
        'changes_requested',
      ]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    // From submitted, back to draft and approved exclude each other: whichever comes second is
    // checked against the status the first left, under the row lock, and refused.
    const racing = await Promise.all(
      ids.flatMap((id) => [
        first
          .apply({ op: 'setStatus', requestId: 'r', id, status: 'submitted', note: '' }, reporter)
          .then(() =>
            Promise.all([
              first.apply(
                { op: 'setStatus', requestId: 'r', id, status: 'draft', note: '' },
                reporter,
              ),
              second.apply(
                { op: 'setStatus', requestId: 'r', id, status: 'approved', note: '' },
                editor,
              ),
            ]),
          ),
      ]),
    );
    for (const pair of racing) {
      expect(pair.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(pair.find((outcome) => !outcome.ok)).toMatchObject({ code: 'not_a_transition' });
    }
    const after = await first.index();
    for (const id of ids) {
      const moves = after.get(id)!.moves;
      expect(moves).toHaveLength(4);
      expect(moves.at(-1)!.to).toBe(after.get(id)!.status);
    }
  });

  it('merges the states two instances store for one article instead of overwriting', async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const seed = seededDocument('Hello');
    await create(first, m1, seed);
    const left = new Y.Doc();
    const right = new Y.Doc();
    Y.applyUpdate(left, (await first.loadArticle(m1))!);
    Y.applyUpdate(right, (await second.loadArticle(m1))!);
    left.getText('body').insert(5, ' left');
    right.getText('body').insert(0, 'Right: ');
    const before = (await first.index()).get(m1)!.changedAt;
    await Promise.all([
      first.storeArticle(m1, Y.encodeStateAsUpdate(left), editor),
      second.storeArticle(m1, Y.encodeStateAsUpdate(right), reporter),
    ]);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await second.loadArticle(m1))!);
    expect(stored.getText('body').toJSON()).toBe('Right: Hello left');
    expect((await first.index()).get(m1)!.changedAt >= before).toBe(true);
    expect(await first.loadArticle(absent)).toBeNull();
    await expect(first.storeArticle(absent, Y.encodeStateAsUpdate(left), editor)).rejects.toThrow(
      /no article/,
    );
  });

  it('refuses an unreadable document and a second creation of one id, and keeps trash per article', async () => {
    const store = await open();
    expect(
      await store.apply(
        {
          op: 'create',
          requestId: 'r',
          id: x,
          document: encodeUpdate(new Uint8Array([9, 9, 9])),
        },
        reporter,
      ),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(await create(store, t1)).toMatchObject({ ok: true });
    expect(await create(store, t1)).toMatchObject({ ok: false, code: 'conflict' });
    const trashed = await store.apply({ op: 'trash', requestId: 'r', id: t1 }, reporter);
    expect(trashed.ok && trashed.entry.trashedAt).not.toBeNull();
    expect(
      await store.apply(
        { op: 'setStatus', requestId: 'r', id: t1, status: 'submitted', note: '' },
        reporter,
      ),
    ).toMatchObject({ ok: false, code: 'conflict' });
    const restored = await store.apply({ op: 'restore', requestId: 'r', id: t1 }, reporter);
    expect(restored.ok && restored.entry.trashedAt).toBeNull();
    expect(await store.apply({ op: 'trash', requestId: 'r', id: nope }, reporter)).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });

  it('checks readiness on the stored document and records a desk’s override', async () => {
    const store = await open();
    const bare = randomUUID();
    await create(store, bare, createArticleDocument(bare, defaultArticleFields()));
    const move = { op: 'setStatus', requestId: 'r', id: bare, note: '' } as const;
    await store.apply({ ...move, status: 'submitted' }, reporter);
    const refusal = await store.apply({ ...move, status: 'approved' }, editor);
    expect(refusal).toMatchObject({ ok: false, code: 'not_ready' });
    expect(!refusal.ok && refusal.message).toMatch(/headline_present/);
    const overridden = await store.apply(
      { ...move, status: 'approved', override: { reason: 'Breaking news' } },
      editor,
    );
    expect(overridden.ok && overridden.entry.moves.at(-1)?.note).toMatch(
      /^Override: Breaking news/,
    );
  });

  it('lets a reporter trash a draft but not an article in the workflow', async () => {
    const store = await open();
    await create(store, t1);
    await store.apply(
      { op: 'setStatus', requestId: 'r', id: t1, status: 'submitted', note: '' },
      reporter,
    );
    expect(await store.apply({ op: 'trash', requestId: 'r', id: t1 }, reporter)).toMatchObject({
      ok: false,
      code: 'not_allowed_for_role',
    });
    expect(await store.apply({ op: 'trash', requestId: 'r', id: t1 }, editor)).toMatchObject({
      ok: true,
    });
    expect(
      await store.apply({ op: 'trash', requestId: 'r', id: 'not-an-id' }, editor),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
});
