import { describe, expect, it } from 'vitest';
import { openTestLibrary, paragraphs } from '../library/testing/open-test-library';
import { appErrorOf } from '../library/testing/app-error-of';
import { testClock } from '../library/testing/test-clock';
import { editorActor, packageDesk, reporterActor } from './testing/package-desk';
import { reviewThread, threadId } from './testing/review-article';
import { asFormatOne } from './testing/rewrite-package';

const commentedBody = {
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Le niveau ' },
        { type: 'text', text: 'monte vite', marks: [{ type: 'comment', attrs: { threadId } }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

/** A reporter's library and an editor's, one article sent from the first to the second. */
const twoDesks = async () => {
  const clock = testClock();
  const reporter = openTestLibrary({ now: clock.now });
  const editor = openTestLibrary({ now: clock.now });
  const desk = packageDesk(clock);
  await desk.introduce(editor, reporterActor, editorActor);
  await desk.introduce(reporter, editorActor, reporterActor);
  const created = reporter.create(
    {
      headline: 'Crue à Kayes',
      standfirst: 'Le fleuve monte.',
      body: paragraphs('Le niveau monte vite.'),
    },
    reporterActor,
  );
  const { id } = reporter.setStatus(
    { id: created.id, baseRevision: created.revision, status: 'submitted', note: 'Prêt' },
    reporterActor,
  );
  clock.advance(60_000);
  const first = await desk.send(reporter, id, reporterActor);
  return { clock, reporter, editor, desk, id, first };
};

describe('the reporter ↔ editor loop through packages', () => {
  it('adds the article on the editor side with its status and history, then fast-forwards the reporter', async () => {
    const { clock, reporter, editor, desk, id, first } = await twoDesks();
    expect(desk.receive(editor, first, editorActor).outcome).toBe('added');
    const received = editor.get(id);
    expect(received).toMatchObject({ id, headline: 'Crue à Kayes', status: 'submitted' });
    expect(editor.statusLog(id).map(({ to, by }) => [to, by])).toEqual([
      ['draft', 'Awa Diop'],
      ['submitted', 'Awa Diop'],
    ]);

    clock.advance(60_000);
    const saved = editor.save(
      {
        id,
        baseRevision: received.revision,
        changes: { body: commentedBody, comments: [reviewThread()] },
      },
      editorActor,
    );
    editor.setStatus(
      { id, baseRevision: saved.revision, status: 'changes_requested', note: 'Sources' },
      editorActor,
    );
    clock.advance(60_000);
    const back = await desk.send(editor, id, editorActor);
    const before = reporter.get(id);

    const result = desk.receive(reporter, back, reporterActor);
    expect(result.outcome).toBe('fast_forwarded');
    const updated = reporter.get(id);
    expect(updated).toMatchObject({
      status: 'changes_requested',
      comments: [reviewThread()],
      revision: before.revision + 1,
    });
    expect(updated.body).toEqual(editor.get(id).body);
    expect(reporter.statusLog(id).map(({ to, by }) => [to, by])).toEqual([
      ['draft', 'Awa Diop'],
      ['submitted', 'Awa Diop'],
      ['changes_requested', 'Chef Ndiaye'],
    ]);
    const kept = reporter.listRevisions(id).find((revision) => revision.reason === 'import');
    expect(reporter.getRevision(id, kept!.id).fields.body).toEqual(before.body);
    expect(kept!.name).toBe('Before import of the package from Chef Ndiaye');

    expect(desk.receive(reporter, back, reporterActor).outcome).toBe('unchanged');
    expect(desk.receive(reporter, first, reporterActor).outcome).toBe('local_newer');
    expect(reporter.get(id)).toMatchObject({ revision: updated.revision, body: updated.body });
  });

  it('keeps both versions of a format 1 package as named revisions when both sides changed, the local text untouched', async () => {
    const { clock, reporter, editor, desk, id, first } = await twoDesks();
    desk.receive(editor, first, editorActor);
    const mine = reporter.save(
      {
        id,
        baseRevision: reporter.get(id).revision,
        changes: { headline: 'Crue : Kayes inondée' },
      },
      reporterActor,
    );
    editor.save(
      { id, baseRevision: editor.get(id).revision, changes: { headline: 'Kayes sous les eaux' } },
      editorActor,
    );
    clock.advance(60_000);
    const theirs = asFormatOne(await desk.send(editor, id, editorActor));

    expect(desk.receive(reporter, theirs, reporterActor).outcome).toBe('conflict');
    const article = reporter.get(id);
    expect(article).toMatchObject({ headline: 'Crue : Kayes inondée', revision: mine.revision });
    expect(article.conflict).toMatchObject({ from: 'Chef Ndiaye' });
    expect(reporter.list({}).items.find((item) => item.id === id)?.inConflict).toBe(true);
    const names = reporter.listRevisions(id).map((revision) => revision.name);
    expect(names).toContain("This library's version before the import");
    expect(names).toContain('Received from Chef Ndiaye (package of 1 March 2025)');
    const conflict = article.conflict!;
    if ('kind' in conflict) throw new Error('A format 1 package is never merged.');
    expect(reporter.getRevision(id, conflict.packageRevisionId).fields.headline).toBe(
      'Kayes sous les eaux',
    );
    expect(reporter.getRevision(id, conflict.localRevisionId).fields.headline).toBe(
      'Crue : Kayes inondée',
    );

    expect(
      appErrorOf(() => reporter.resolveConflict({ id, baseRevision: article.revision - 1 })).code,
    ).toBe('conflict');
    const resolved = reporter.resolveConflict({ id, baseRevision: article.revision });
    expect(resolved).toMatchObject({ conflict: null, revision: article.revision + 1 });
    expect(reporter.get(id).conflict).toBeNull();
    expect(reporter.list({}).items.find((item) => item.id === id)?.inConflict).toBe(false);
  });

  it('takes an article out of the trash when a package of it arrives, and says so', async () => {
    const { reporter, editor, desk, id, first } = await twoDesks();
    desk.receive(editor, first, editorActor);
    const back = await desk.send(editor, id, editorActor);
    reporter.trash(id);
    const result = desk.receive(reporter, back, reporterActor);
    expect(result).toMatchObject({ outcome: 'unchanged', restoredFromTrash: true });
    expect(reporter.get(id).trashedAt).toBeNull();
  });
});
