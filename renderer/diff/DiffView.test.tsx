import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DiffBlock } from '../../shared/diff/diff-block';
import type { MetadataChange } from '../../shared/diff/diff-metadata';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { DiffView } from './DiffView';

const blocks: DiffBlock[] = [
  {
    kind: 'same',
    type: 'paragraph',
    oldIndex: 0,
    newIndex: 0,
    parts: [{ kind: 'same', text: 'Bamako, jeudi.' }],
  },
  {
    kind: 'changed',
    type: 'paragraph',
    oldIndex: 1,
    newIndex: 1,
    parts: [
      { kind: 'same', text: 'Les chauffeurs ont été libérés ' },
      { kind: 'deleted', text: 'samedi' },
      { kind: 'inserted', text: '<b>dimanche</b>' },
    ],
  },
  {
    kind: 'deleted',
    type: 'paragraph',
    oldIndex: 2,
    parts: [{ kind: 'deleted', text: 'Une enquête est ouverte.' }],
  },
  { kind: 'inserted', type: 'paragraph', newIndex: 2, parts: [{ kind: 'inserted', text: 'Fin.' }] },
];
const metadata: MetadataChange[] = [
  { field: 'headline', before: 'Ancien titre', after: 'Nouveau titre' },
  { field: 'tags', before: ['Mali'], after: ['Mali', 'Sahel'], added: ['Sahel'], removed: [] },
  { field: 'status', before: 'draft', after: 'submitted' },
];

let host: HTMLElement;
const render = (props: Partial<Parameters<typeof DiffView>[0]> = {}) => {
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() =>
    root.render(
      <DiffView blocks={blocks} metadata={metadata} counts={{ added: 2, removed: 5 }} {...props} />,
    ),
  );
  return { region: host.querySelector('section')!, unmount: () => act(() => root.unmount()) };
};

describe('DiffView', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    host.remove();
    await applyLanguage('en');
  });

  it('marks insertions and deletions as text, never as markup', () => {
    const { region } = render();
    expect(region.getAttribute('aria-label')).toBe('Differences');
    const changed = region.querySelectorAll('.diff-blocks > li')[1]!;
    expect(changed.querySelector('del')?.textContent).toBe('samedi');
    expect(changed.querySelector('ins')?.textContent).toBe('<b>dimanche</b>');
    expect(changed.querySelector('b')).toBeNull();
    expect(region.querySelectorAll('.diff-blocks del')).toHaveLength(2);
    expect(region.querySelectorAll('.diff-blocks ins')).toHaveLength(2);
  });

  it('shows the counts, the legend and the changed details', () => {
    const { region } = render();
    expect(region.querySelector('.diff-counts')?.textContent).toBe('2 words added, 5 removed');
    expect(region.querySelector('.diff-legend ins')?.textContent).toBe('Added text');
    expect(region.querySelector('.diff-legend del')?.textContent).toBe('Removed text');
    const rows = [...region.querySelectorAll('table tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Headline', 'Ancien titre', 'Nouveau titre'],
      ['Tags', 'Mali', 'Added: Sahel'],
      ['Status', 'Draft', 'Submitted'],
    ]);
  });

  it('offers to restore changed and deleted paragraphs only', () => {
    const onRestoreParagraph = vi.fn();
    const { region } = render({ onRestoreParagraph });
    const items = [...region.querySelectorAll('.diff-blocks > li')];
    expect(items.map((item) => item.querySelector('button')?.textContent ?? null)).toEqual([
      null,
      'Restore this paragraph',
      'Restore this paragraph',
      null,
    ]);
    act(() => items[2]!.querySelector('button')!.click());
    expect(onRestoreParagraph).toHaveBeenCalledWith(2);
  });

  it('offers no paragraph restore without a handler (two older versions compared)', () => {
    const { region } = render();
    expect(region.querySelectorAll('.diff-blocks button')).toHaveLength(0);
  });

  it('speaks French', async () => {
    await applyLanguage('fr');
    const { region } = render({ onRestoreParagraph: vi.fn() });
    expect(region.getAttribute('aria-label')).toBe('Différences');
    expect(region.querySelector('.diff-counts')?.textContent).toBe('2 mots ajoutés, 5 supprimés');
    expect(region.querySelector('.diff-blocks button')?.textContent).toBe(
      'Restaurer ce paragraphe',
    );
    expect(region.querySelector('table tbody tr td:last-child')?.textContent).toBe('Nouveau titre');
  });

  it('folds long unchanged runs and unfolds them on request', () => {
    const same = (index: number): DiffBlock => ({
      kind: 'same',
      type: 'paragraph',
      oldIndex: index,
      newIndex: index,
      parts: [{ kind: 'same', text: `Paragraphe ${index}.` }],
    });
    const long = [
      ...Array.from({ length: 10 }, (_, index) => same(index)),
      { ...blocks[3]!, newIndex: 10 },
    ];
    const { region } = render({ blocks: long, metadata: [] });
    const fold = region.querySelector<HTMLButtonElement>('.diff-fold button')!;
    expect(fold.textContent).toBe('9 unchanged paragraphs');
    act(() => fold.click());
    expect(region.querySelectorAll('.diff-blocks > li')).toHaveLength(11);
  });
});
