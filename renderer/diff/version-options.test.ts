import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../../shared/model/revision';
import { versionOptions, type VersionWording } from './version-options';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';
const version = (id: number, author: string, name: string | null = null): RevisionSummary => ({
  id,
  articleId,
  revision: id + 10,
  reason: 'auto',
  name,
  author,
  createdAt: '2026-12-07T11:30:00Z',
  words: 120,
  status: 'draft',
});

const wording: VersionWording = {
  name: (item) => item.name ?? 'Automatique',
  date: () => '07/12/2026 11:30',
  unknownAuthor: 'auteur inconnu',
  option: ({ name, date, author }) => `${name} — ${date}, par ${author}`,
  withRevision: ({ label, revision }) => `${label} (révision ${revision})`,
};

describe('the compare list', () => {
  it('names each version with its date and author', () => {
    expect(
      versionOptions([version(1, 'Awa Diop', 'Avant import'), version(2, '')], wording),
    ).toEqual([
      { value: '1', label: 'Avant import — 07/12/2026 11:30, par Awa Diop' },
      { value: '2', label: 'Automatique — 07/12/2026 11:30, par auteur inconnu' },
    ]);
  });

  it('never shows two identical entries', () => {
    const labels = versionOptions(
      [
        version(1, 'Awa Diop'),
        version(2, 'Awa Diop'),
        version(3, 'Awa Diop'),
        version(4, 'Chef Ndiaye'),
      ],
      wording,
    ).map((option) => option.label);
    expect(new Set(labels).size).toBe(4);
    expect(labels[0]).toBe('Automatique — 07/12/2026 11:30, par Awa Diop (révision 11)');
    expect(labels[3]).toBe('Automatique — 07/12/2026 11:30, par Chef Ndiaye');
  });
});
