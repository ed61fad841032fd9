import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, setupI18n } from '../i18n/setup';
import { versionLabel } from './version-label';

beforeAll(async () => {
  await setupI18n('fr');
});

describe('versionLabel', () => {
  it('names a status change by the status it moved to, in both languages', () => {
    const item = { name: null, reason: 'status', status: 'changes_requested' } as const;
    expect(versionLabel(item, i18next.getFixedT('fr', 'editor'))).toBe(
      'Statut\u00a0: Modifications demandées',
    );
    expect(versionLabel(item, i18next.getFixedT('en', 'editor'))).toBe('Status: Changes requested');
  });

  it('keeps a version’s own name, else says what made it', () => {
    const fr = i18next.getFixedT('fr', 'editor');
    expect(versionLabel({ name: 'Avant import', reason: 'import', status: 'draft' }, fr)).toBe(
      'Avant import',
    );
    expect(versionLabel({ name: null, reason: 'auto', status: 'draft' }, fr)).toBe(
      'Version automatique',
    );
    expect(versionLabel({ name: null, reason: 'import', status: 'draft' }, fr)).toBe('Importé');
  });
});
