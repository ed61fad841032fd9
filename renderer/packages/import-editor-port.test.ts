import { describe, expect, it, vi } from 'vitest';
import type { PackageOutcome } from '../../shared/model/package-outcome';
import { idFor } from '../state/testing/editor-fakes';
import { importEditorPort } from './import-editor-port';

function setup(unsaved = false) {
  const session = {
    articleId: idFor(1),
    flushAll: vi.fn(() => Promise.resolve(true)),
    hasUnsavedWork: () => unsaved,
    reloadTheirs: vi.fn(() => Promise.resolve(true)),
  };
  return { session, port: importEditorPort(() => session) };
}

const received = (index: number, outcome: PackageOutcome) => [
  {
    id: idFor(index),
    headline: 'La une',
    outcome,
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  },
];

describe('the editor around a package import', () => {
  it('saves every pending edit before the import', async () => {
    const { session, port } = setup();
    await port.saveAll();
    expect(session.flushAll).toHaveBeenCalled();
  });

  it.each<PackageOutcome>(['fast_forwarded', 'conflict', 'added'])(
    'reloads the open article when a package %s it',
    async (outcome) => {
      const { session, port } = setup();
      await port.packagesImported(received(1, outcome));
      expect(session.reloadTheirs).toHaveBeenCalled();
    },
  );

  it.each<PackageOutcome>(['unchanged', 'local_newer'])(
    'keeps the editor as it is when the package left the article %s',
    async (outcome) => {
      const { session, port } = setup();
      await port.packagesImported(received(1, outcome));
      expect(session.reloadTheirs).not.toHaveBeenCalled();
    },
  );

  it('keeps the editor as it is when the package was another article', async () => {
    const { session, port } = setup();
    await port.packagesImported(received(2, 'fast_forwarded'));
    expect(session.reloadTheirs).not.toHaveBeenCalled();
  });

  it('never drops unsaved edits to show the received version', async () => {
    const { session, port } = setup(true);
    await port.packagesImported(received(1, 'fast_forwarded'));
    expect(session.reloadTheirs).not.toHaveBeenCalled();
  });
});
