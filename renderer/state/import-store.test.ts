import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '../../shared/model/import-files';
import { createImportStore } from './import-store';

const idFor = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

function setup() {
  const files = vi.fn((request: { files: { name: string; dataBase64: string }[] }) =>
    ok<ImportOutcome>({
      created: request.files
        .filter(({ name }) => !name.endsWith('.pdf'))
        .map(({ name }, index) => ({ id: idFor(index + 1), headline: name })),
      failed: request.files
        .filter(({ name }) => name.endsWith('.pdf'))
        .map(({ name }) => ({ name, message: `Cannot import ${name}: not supported.` })),
      packages: [],
    }),
  );
  const choose = vi.fn(() => ok<ImportOutcome | null>(null));
  const library = { refresh: vi.fn(() => Promise.resolve()), select: vi.fn() };
  const store = createImportStore({
    api: { import: { files, choose } },
    library: () => library,
    readBase64: (file) => file.text().then((text) => btoa(text)),
    requestBudget: 100,
  });
  return { store, files, choose, library };
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
});
