import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '../../shared/model/import-files';
import type { PackageOutcome } from '../../shared/model/package-outcome';
import { createImportStore } from './import-store';

const idFor = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const isPackage = (name: string) => name.endsWith('.copydesk');
/** A package named `<outcome>-<n>.copydesk` did that to article n. */
const packageImport = (name: string) => {
  const [outcome, index] = name.replace('.copydesk', '').split('-');
  return {
    id: idFor(Number(index)),
    headline: name,
    outcome: outcome as PackageOutcome,
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  };
};

function setup() {
  const calls: string[] = [];
  const files = vi.fn((request: { files: { name: string; dataBase64: string }[] }) => {
    calls.push('import');
    return ok<ImportOutcome>({
      created: request.files
        .filter(({ name }) => !name.endsWith('.pdf') && !isPackage(name))
        .map(({ name }, index) => ({ id: idFor(index + 1), headline: name })),
      failed: request.files
        .filter(({ name }) => name.endsWith('.pdf'))
        .map(({ name }) => ({ name, message: `Cannot import ${name}: not supported.` })),
      packages: request.files
        .filter(({ name }) => isPackage(name))
        .map(({ name }) => packageImport(name)),
    });
  });
  const choose = vi.fn(() => ok<ImportOutcome | null>(null));
  const library = {
    refresh: vi.fn(() => {
      calls.push('refresh');
      return Promise.resolve();
    }),
    select: vi.fn(() => void calls.push('select')),
  };
  const editor = {
    saveAll: vi.fn(() => {
      calls.push('saveAll');
      return Promise.resolve(true);
    }),
    packagesImported: vi.fn(() => {
      calls.push('packagesImported');
      return Promise.resolve();
    }),
  };
  const store = createImportStore({
    api: { import: { files, choose } },
    library: () => library,
    editor,
    readBase64: (file) => file.text().then((text) => btoa(text)),
    requestBudget: 100,
  });
  return { store, files, choose, library, editor, calls };
}

const file = (name: string, text = 'Titre\n\nTexte.') => new File([text], name);

describe('import store', () => {
  it('sends the files as base64, refreshes the list and opens the first new article', async () => {
    const { store, files, library } = setup();
    await store.getState().importFiles([file('a.md'), file('b.txt')]);
    expect(files).toHaveBeenCalledWith({
      files: [
        { name: 'a.md', dataBase64: btoa('Titre\n\nTexte.') },
        { name: 'b.txt', dataBase64: btoa('Titre\n\nTexte.') },
      ],
    });
    expect(library.refresh).toHaveBeenCalled();
    expect(library.select).toHaveBeenCalledWith(idFor(1));
    expect(store.getState()).toMatchObject({ busy: false, outcome: { failed: [] } });
  });

  it('keeps the messages of refused files for the user', async () => {
    const { store, library } = setup();
    await store.getState().importFiles([file('notes.pdf')]);
    expect(store.getState().outcome).toEqual({
      created: [],
      failed: [{ name: 'notes.pdf', message: 'Cannot import notes.pdf: not supported.' }],
      packages: [],
    });
    expect(library.select).not.toHaveBeenCalled();
  });

  it('splits large imports into several requests', async () => {
    const { store, files } = setup();
    const text = 'x'.repeat(60);
    await store.getState().importFiles([file('1.txt', text), file('2.txt', text), file('3.txt')]);
    expect(files.mock.calls.map(([request]) => request.files.map(({ name }) => name))).toEqual([
      ['1.txt'],
      ['2.txt', '3.txt'],
    ]);
    expect(store.getState().outcome?.created).toHaveLength(3);
  });

  it('reports every file of a request the host refused', async () => {
    const { store, files } = setup();
    files.mockReturnValueOnce(
      Promise.resolve({
        ok: false,
        error: { code: 'read_only', message: 'The library is read-only.' },
      }) as unknown as ReturnType<typeof files>,
    );
    await store.getState().importFiles([file('a.md')]);
    expect(store.getState().outcome?.failed).toEqual([
      { name: 'a.md', message: 'The library is read-only.' },
    ]);
  });

  it('imports from the host dialog, and does nothing when it is cancelled', async () => {
    const { store, choose, library } = setup();
    await store.getState().importFromDialog();
    expect(store.getState()).toMatchObject({ busy: false, outcome: null });
    choose.mockReturnValueOnce(
      ok({ created: [{ id: idFor(7), headline: 'Dépêche' }], failed: [], packages: [] }),
    );
    await store.getState().importFromDialog();
    expect(library.select).toHaveBeenCalledWith(idFor(7));
  });

  it('merges the packages of every request into one report', async () => {
    const { store, files } = setup();
    const text = 'x'.repeat(60);
    await store
      .getState()
      .importFiles([
        file('added-3.copydesk', text),
        file('a.md', text),
        file('conflict-4.copydesk'),
      ]);
    expect(files).toHaveBeenCalledTimes(2);
    expect(store.getState().outcome).toEqual({
      created: [{ id: idFor(1), headline: 'a.md' }],
      failed: [],
      packages: [
        {
          id: idFor(3),
          headline: 'added-3.copydesk',
          outcome: 'added',
          restoredFromTrash: false,
          heldMoves: 0,
          untrustedKeys: [],
        },
        {
          id: idFor(4),
          headline: 'conflict-4.copydesk',
          outcome: 'conflict',
          restoredFromTrash: false,
          heldMoves: 0,
          untrustedKeys: [],
        },
      ],
    });
  });

  it('opens the first new plain article rather than a package article', async () => {
    const { store, library } = setup();
    await store.getState().importFiles([file('added-3.copydesk'), file('a.md')]);
    expect(library.select).toHaveBeenCalledTimes(1);
    expect(library.select).toHaveBeenCalledWith(idFor(1));
  });

  it('opens the first package article when only packages were imported', async () => {
    const { store, library } = setup();
    await store.getState().importFiles([file('unchanged-5.copydesk'), file('added-6.copydesk')]);
    expect(library.refresh).toHaveBeenCalled();
    expect(library.select).toHaveBeenCalledWith(idFor(5));
  });

  it('saves pending edits before importing, and has the editor show changed articles anew', async () => {
    const { store, editor, calls } = setup();
    await store.getState().importFiles([file('fast_forwarded-2.copydesk')]);
    expect(calls).toEqual(['saveAll', 'import', 'refresh', 'packagesImported', 'select']);
    expect(editor.packagesImported).toHaveBeenCalledWith([
      {
        id: idFor(2),
        headline: 'fast_forwarded-2.copydesk',
        outcome: 'fast_forwarded',
        restoredFromTrash: false,
        heldMoves: 0,
        untrustedKeys: [],
      },
    ]);
  });

  it('leaves the editor alone when no package was imported', async () => {
    const { store, editor } = setup();
    await store.getState().importFiles([file('a.md')]);
    expect(editor.packagesImported).not.toHaveBeenCalled();
  });

  it('reports the packages of a dialog import and opens the first', async () => {
    const { store, choose, library, editor } = setup();
    const packages = [
      {
        id: idFor(8),
        headline: 'Dépêche',
        outcome: 'conflict' as const,
        restoredFromTrash: false,
        heldMoves: 0,
        untrustedKeys: [],
      },
    ];
    choose.mockReturnValueOnce(ok({ created: [], failed: [], packages }));
    await store.getState().importFromDialog();
    expect(editor.saveAll).toHaveBeenCalled();
    expect(store.getState().outcome?.packages).toEqual(packages);
    expect(editor.packagesImported).toHaveBeenCalledWith(packages);
    expect(library.select).toHaveBeenCalledWith(idFor(8));
  });
});
