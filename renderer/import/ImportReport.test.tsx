import { act } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PackageImport } from '../../shared/model/package-outcome';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { useImportStore } from './import-store';
import { ImportReport } from './ImportReport';

const roots: Root[] = [];
const idFor = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const packages: PackageImport[] = [
  {
    id: idFor(1),
    headline: 'Mali',
    outcome: 'added',
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  },
  {
    id: idFor(6),
    headline: 'Santé',
    outcome: 'fast_forwarded',
    restoredFromTrash: true,
    heldMoves: 0,
    untrustedKeys: [],
  },
  {
    id: idFor(2),
    headline: 'Budget',
    outcome: 'fast_forwarded',
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  },
  {
    id: idFor(3),
    headline: 'Météo',
    outcome: 'unchanged',
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  },
  {
    id: idFor(4),
    headline: 'Sport',
    outcome: 'local_newer',
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  },
  {
    id: idFor(5),
    headline: 'Élections',
    outcome: 'conflict',
    restoredFromTrash: false,
    heldMoves: 0,
    untrustedKeys: [],
  },
];

const show = () => {
  useImportStore.setState({
    busy: false,
    error: null,
    outcome: { created: [], failed: [], packages },
  });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  roots.push(root);
  act(() => root.render(<ImportReport />));
  return [...host.querySelectorAll('li')].map((item) => item.textContent);
};

describe('import report for packages', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    act(() => roots.splice(0).forEach((root) => root.unmount()));
    document.body.innerHTML = '';
    await applyLanguage('en');
  });

  it('lists every package with what it did, and explains a conflict', () => {
    expect(show()).toEqual([
      'Mali — Added',
      'Santé — Updated to the received versionIt was in the trash and is back in the library.',
      'Budget — Updated to the received version',
      'Météo — Already up to date',
      "Sport — Kept: this library's version is newer",
      'Élections — Conflict: both versions keptThe article is marked as in conflict; both versions are kept in Versions.',
    ]);
    expect(document.body.textContent).toContain('6 packages received:');
  });

  it('speaks French', async () => {
    await applyLanguage('fr');
    expect(show()).toEqual([
      'Mali — Ajouté',
      'Santé — Mis à jour avec la version reçueIl était dans la corbeille et revient dans la bibliothèque.',
      'Budget — Mis à jour avec la version reçue',
      'Météo — Déjà à jour',
      'Sport — Conservé\u00a0: la version de cette bibliothèque est plus récente',
      'Élections — Conflit\u00a0: les deux versions sont conservéesL’article est marqué en conflit\u202f; les deux versions sont conservées dans Versions.',
    ]);
  });
});
