import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../i18n/setup';
import type { ExportState } from './export-store';
import { useExportStore } from './export-store';
import { initialLibraryQuery } from '../library/library-query';
import { ExportDialog } from './ExportDialog';
import { useSettingsStore } from '../state/settings-store';

const id = '00000000-0000-4000-8000-000000000001';

const show = (state: Partial<ExportState>) => {
  useExportStore.setState({
    open: true,
    sources: {
      checked: [{ id, embargo: null }],
      article: null,
      query: initialLibraryQuery,
      listTotal: 12,
      scope: 'checked',
    },
    ...state,
  });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<ExportDialog />));
  return host;
};

describe('export dialog (French)', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('fr');
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers the ticked articles and the current list with their counts', () => {
    const host = show({ phase: 'choosing' });
    expect(host.querySelector('h2')?.textContent).toBe('Exporter');
    const labels = [...host.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(['Articles sélectionnés (1)', 'Liste actuelle (12)', 'Cet article']),
    );
    const thisArticle = [...host.querySelectorAll('label')].find(
      (label) => label.textContent === 'Cet article',
    );
    expect(thisArticle?.querySelector('input')?.disabled).toBe(true);
  });

  it('shows the progress of a running job on a named progress bar', () => {
    const host = show({ phase: 'running', done: 3, total: 8 });
    const bar = host.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Progression de l’export');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('8');
    expect(host.textContent).toContain('3 sur 8');
  });

  it('asks before exporting articles under embargo, in French typography', () => {
    const host = show({
      phase: 'confirmEmbargo',
      embargo: { count: 2, until: '2030-03-13T06:00:00.000Z' },
    });
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/^2 articles sont sous embargo jusqu’au .*2030.*\u202f\?$/);
    const buttons = [...host.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Annuler', 'Exporter quand même']);
  });

  it('lists the written files as selectable text once done', () => {
    const host = show({ phase: 'done', done: 2, total: 2, paths: ['/out/a.md', '/out/b.md'] });
    const list = host.querySelector('ul.export-paths')!;
    expect(list.getAttribute('aria-labelledby')).toBe(
      host.querySelector('.field-label')?.getAttribute('id'),
    );
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '/out/a.md',
      '/out/b.md',
    ]);
    expect(host.textContent).toContain('Terminé\u00a0: 2 fichiers écrits.');
  });

  it('names each article the batch left out, with the reason, beside the files written', () => {
    const host = show({
      phase: 'done',
      done: 2,
      total: 2,
      paths: ['/out/a.md'],
      failures: [{ headline: 'Marché de Thiès', message: 'Invalid collection of marks' }],
    });
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')?.textContent).toBe(
      '1 article n’a pas pu être exporté\u202f; les autres ont été écrits.',
    );
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '«\u00a0Marché de Thiès\u00a0»\u00a0: Invalid collection of marks',
    ]);
    expect(host.querySelector('ul.export-paths li')?.textContent).toBe('/out/a.md');
  });

  it('asks, in French, whether to replace the files already there or keep both', () => {
    const host = show({
      phase: 'confirmExisting',
      existing: { folderPath: '/out', files: ['a.md'] },
    });
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('1 fichier de cet export est déjà dans /out\u00a0:');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['a.md']);
    const buttons = [...host.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Annuler', 'Garder les deux', 'Remplacer']);
  });

  it('shows the folder as a path to copy where no file manager can be opened', () => {
    const host = show({
      phase: 'done',
      done: 1,
      total: 1,
      paths: ['/out/a.md'],
      folderPath: '/out',
    });
    const folder = [...host.querySelectorAll('input')].find((input) => input.value === '/out');
    expect(folder?.readOnly).toBe(true);
    expect(host.textContent).toContain('Dossier (copiez son chemin pour l’ouvrir)');
    expect(host.textContent).not.toContain('Afficher le dossier');
  });

  it('in browser mode without a save folder, says how to get one instead of exporting nowhere', () => {
    useSettingsStore.setState({
      appInfo: { version: '1', host: 'web', platform: 'linux', saveFolder: null, notices: [] },
    });
    try {
      const host = show({ phase: 'choosing' });
      expect(host.querySelector('[role="alert"]')?.textContent).toContain('--export-dir DOSSIER');
      const start = [...host.querySelectorAll('button')].find(
        (button) => button.textContent === 'Exporter',
      );
      expect(start?.disabled).toBe(true);
    } finally {
      useSettingsStore.setState({ appInfo: null });
    }
  });
});
