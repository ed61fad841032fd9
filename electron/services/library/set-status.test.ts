import { describe, expect, it } from 'vitest';
import { appErrorOf } from './testing/app-error-of';
import { openTestLibrary, reporter } from './testing/open-test-library';

const editor = { name: 'Chef Ndiaye', role: 'editor' };
const chief = { name: 'Fatou Sarr', role: 'chief_editor' };

const submittedArticle = () => {
  const library = openTestLibrary();
  const { id } = library.create({ headline: 'Dépêche' }, reporter);
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
