import { describe, expect, it } from 'vitest';
import { appErrorOf } from '../testing/app-error-of';
import { openTestLibrary, reporter } from '../testing/open-test-library';

const editor = { name: 'Chef Ndiaye', role: 'editor' };
const chief = { name: 'Fatou Sarr', role: 'chief_editor' };

const submittedArticle = () => {
  const library = openTestLibrary();
  const { id } = library.create(
    {
      headline: 'Dépêche',
      standfirst: 'Le fleuve monte.',
      bylines: [{ name: 'Awa Diop', role: 'author' }],
    },
    reporter,
  );
  library.setStatus({ id, baseRevision: 1, status: 'submitted', note: '' }, reporter);
  return { library, id };
};

describe('setStatus enforces the workflow', () => {
  it('refuses a reporter who approves, naming role and transition, and writes nothing', () => {
    const { library, id } = submittedArticle();
    const revisions = library.listRevisions(id);
    const error = appErrorOf(() =>
      library.setStatus({ id, baseRevision: 2, status: 'approved', note: '' }, reporter),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('A reporter may not move an article from submitted to approved.');
    expect(library.get(id)).toMatchObject({ status: 'submitted', revision: 2 });
    expect(library.statusLog(id)).toHaveLength(2);
    expect(library.listRevisions(id)).toEqual(revisions);
  });

  it('refuses an edge the workflow does not have, whatever the role', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Brève' }, reporter);
    const error = appErrorOf(() =>
      library.setStatus({ id, baseRevision: 1, status: 'published', note: '' }, chief),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message: 'An article cannot go from draft to published.',
    });
    expect(library.get(id).status).toBe('draft');
  });

  it('refuses an actor without a role', () => {
    const { library, id } = submittedArticle();
    const error = appErrorOf(() =>
      library.setStatus(
        { id, baseRevision: 2, status: 'draft', note: '' },
        { name: 'bench', role: null },
      ),
    );
    expect(error.code).toBe('forbidden');
    expect(library.get(id).status).toBe('submitted');
  });

  it('lets a reporter withdraw and resubmit, and records each role', () => {
    const { library, id } = submittedArticle();
    library.setStatus(
      { id, baseRevision: 2, status: 'changes_requested', note: 'Sourcer le chiffre' },
      editor,
    );
    library.setStatus({ id, baseRevision: 3, status: 'submitted', note: '' }, reporter);
    library.setStatus({ id, baseRevision: 4, status: 'draft', note: 'Je retravaille' }, reporter);
    expect(library.statusLog(id).map(({ from, to, by, role }) => [from, to, by, role])).toEqual([
      [null, 'draft', 'Awa Diop', 'reporter'],
      ['draft', 'submitted', 'Awa Diop', 'reporter'],
      ['submitted', 'changes_requested', 'Chef Ndiaye', 'editor'],
      ['changes_requested', 'submitted', 'Awa Diop', 'reporter'],
      ['submitted', 'draft', 'Awa Diop', 'reporter'],
    ]);
  });

  it('unspikes to the status before the spike, and only there', () => {
    const { library, id } = submittedArticle();
    library.setStatus({ id, baseRevision: 2, status: 'approved', note: '' }, chief);
    library.setStatus({ id, baseRevision: 3, status: 'spiked', note: 'Doublon' }, editor);
    expect(
      appErrorOf(() =>
        library.setStatus({ id, baseRevision: 4, status: 'draft', note: '' }, editor),
      ).code,
    ).toBe('forbidden');
    expect(
      appErrorOf(() =>
        library.setStatus({ id, baseRevision: 4, status: 'approved', note: '' }, reporter),
      ).code,
    ).toBe('forbidden');
    expect(
      library.setStatus({ id, baseRevision: 4, status: 'approved', note: '' }, editor).status,
    ).toBe('approved');
  });
});

describe('setStatus gates approving and publishing on the readiness checks', () => {
  const unreadyArticle = () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Dépêche', language: 'fr' }, reporter);
    library.setStatus({ id, baseRevision: 1, status: 'submitted', note: '' }, reporter);
    return { library, id };
  };

  it('refuses to approve, naming the failed checks, and writes nothing', () => {
    const { library, id } = unreadyArticle();
    const error = appErrorOf(() =>
      library.setStatus({ id, baseRevision: 2, status: 'approved', note: '' }, editor),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message:
        'The article is not ready to be approved: failed checks standfirst_present, byline_present.',
    });
    expect(library.get(id)).toMatchObject({ status: 'submitted', revision: 2 });
    expect(library.statusLog(id).map((change) => change.to)).toEqual(['draft', 'submitted']);
  });

  it('lets an editor override with a reason, logged in the status change', () => {
    const { library, id } = unreadyArticle();
    const approved = library.setStatus(
      {
        id,
        baseRevision: 2,
        status: 'approved',
        note: 'Urgent',
        override: { reason: 'Brève AFP' },
      },
      editor,
    );
    expect(approved.status).toBe('approved');
    expect(library.statusLog(id).at(-1)).toMatchObject({
      to: 'approved',
      by: 'Chef Ndiaye',
      role: 'editor',
      note: 'Urgent\nOverride: Brève AFP (failed: standfirst_present, byline_present)',
    });
  });

  it('refuses an override without a reason', () => {
    const { library, id } = unreadyArticle();
    expect(
      appErrorOf(() =>
        library.setStatus(
          { id, baseRevision: 2, status: 'approved', note: '', override: { reason: '  ' } },
          chief,
        ),
      ).message,
    ).toContain('failed checks standfirst_present, byline_present');
    expect(library.get(id).status).toBe('submitted');
  });

  it('refuses an override by a reporter even where the role could move the article', () => {
    const { library, id } = unreadyArticle();
    // A reporter may never approve; the transition refusal comes first, override or not.
    expect(
      appErrorOf(() =>
        library.setStatus(
          { id, baseRevision: 2, status: 'approved', note: '', override: { reason: 'Pressé' } },
          reporter,
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(library.get(id).status).toBe('submitted');
  });

  it('blocks publishing until the embargo has passed, but not approving', () => {
    const library = openTestLibrary({ now: () => new Date('2026-03-01T08:00:00.000Z') });
    const { id } = library.create(
      {
        headline: 'Résultats',
        standfirst: 'Les chiffres tombent.',
        bylines: [{ name: 'Awa Diop', role: 'author' }],
        embargo: '2026-03-01T10:00:00.000Z',
      },
      reporter,
    );
    library.setStatus({ id, baseRevision: 1, status: 'submitted', note: '' }, reporter);
    expect(
      library.setStatus({ id, baseRevision: 2, status: 'approved', note: '' }, editor).status,
    ).toBe('approved');
    expect(
      appErrorOf(() =>
        library.setStatus({ id, baseRevision: 3, status: 'published', note: '' }, editor),
      ).message,
    ).toBe('The article is not ready to be published: failed checks embargo_passed.');
  });

  it('uses the house headline length', () => {
    const { library, id } = submittedArticle();
    expect(
      appErrorOf(() =>
        library.setStatus({ id, baseRevision: 2, status: 'approved', note: '' }, editor, {
          headlineMaxLength: 5,
        }),
      ).message,
    ).toContain('failed checks headline_length');
  });
});
