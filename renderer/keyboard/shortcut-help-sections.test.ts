import { beforeAll, describe, expect, it } from 'vitest';
import { applyLanguage, i18next, setupI18n } from '../i18n/setup';
import { shortcutHelpSections } from './shortcut-help-sections';

const rowsOf = (host: 'electron' | 'web') =>
  shortcutHelpSections(i18next.t, host, false).flatMap((section) => section.rows);

describe('shortcutHelpSections', () => {
  beforeAll(() => setupI18n('fr'));

  it('lists new article, search, the side panel and the help itself, in French', async () => {
    await applyLanguage('fr');
    const rows = rowsOf('web');
    expect(rows).toContainEqual({ label: 'Nouvel article', keys: ['Ctrl+Alt+N'] });
    expect(rows).toContainEqual({ label: 'Rechercher des articles', keys: ['Ctrl+Shift+F'] });
    expect(rows).toContainEqual({
      label: 'Afficher ou masquer le panneau latéral',
      keys: ['Ctrl+Alt+P'],
    });
    expect(rows).toContainEqual({ label: 'Raccourcis clavier', keys: ['?', 'F1'] });
    expect(rows).toContainEqual({ label: 'Gras', keys: ['Ctrl+B'] });
  });

  it('shows the keys of the host: Ctrl+N in the application, in English', async () => {
    await applyLanguage('en');
    expect(rowsOf('electron')).toContainEqual({ label: 'New article', keys: ['Ctrl+N'] });
    expect(rowsOf('electron').map(({ label }) => label)).toContain(
      'Open the selected article and write in its body',
    );
  });
});
