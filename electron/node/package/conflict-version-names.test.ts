import { describe, expect, it } from 'vitest';
import { conflictVersionNames } from './conflict-version-names';

describe('names of the versions a conflict keeps', () => {
  it('say who sent the package and when, in the interface language', () => {
    const from = { name: 'Chef Ndiaye', createdAt: '2025-03-01T09:00:00.000Z' };
    expect(conflictVersionNames('en', from)).toEqual({
      local: "This library's version before the import",
      received: 'Received from Chef Ndiaye (package of 1 March 2025)',
      beforeMerge: "This library's version before the merge",
      afterMerge: "Merged with Chef Ndiaye's version (package of 1 March 2025)",
      beforeImport: 'Before import of the package from Chef Ndiaye',
    });
    expect(conflictVersionNames('fr', from)).toEqual({
      local: 'Version de cette bibliothèque avant l’import',
      received: 'Reçue de Chef Ndiaye (paquet du 1 mars 2025)',
      beforeMerge: 'Version de cette bibliothèque avant la fusion',
      afterMerge: 'Fusionnée avec la version de Chef Ndiaye (paquet du 1 mars 2025)',
      beforeImport: 'Avant import du paquet de Chef Ndiaye',
    });
  });

  it('still name a package without an author', () => {
    expect(
      conflictVersionNames('fr', { name: ' ', createdAt: '2025-03-01T09:00:00.000Z' }).received,
    ).toBe('Reçue de un auteur inconnu (paquet du 1 mars 2025)');
  });
});
