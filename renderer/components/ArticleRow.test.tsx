import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../shared/model/article';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { ArticleRow } from './ArticleRow';

const article: ArticleSummary = {
  id: '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11',
  headline: '',
  standfirst: '',
  slug: '',
  status: 'changes_requested',
  bylines: [{ name: 'Awa Diallo', role: 'author' }],
  section: 'Afrique',
  tags: [],
  language: 'fr',
  deadline: '2025-03-12T11:00:00Z',
  embargo: null,
  createdAt: '2025-03-01T10:00:00Z',
  updatedAt: '2025-03-12T09:30:00Z',
  revision: 3,
  trashedAt: null,
  words: 1250,
  inConflict: false,
};

const now = new Date('2025-03-12T12:00:00Z');

function renderRow(overrides: Partial<ArticleSummary> = {}, trash = false) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const onOpen = vi.fn();
  const onRestore = vi.fn();
  act(() =>
    root.render(
      <ArticleRow
        article={{ ...article, ...overrides }}
        index={4}
        setSize={120}
        selected={false}
        focusable
        trash={trash}
        now={now}
        style={{}}
        onOpen={onOpen}
        onRestore={onRestore}
      />,
    ),
  );
  const row = host.querySelector<HTMLElement>('[role="listitem"]')!;
  return { host, row, onOpen, onRestore, unmount: () => act(() => root.unmount()) };
}

describe('article row', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('fr');
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('names an untitled article "Sans titre" and shows its details in French', () => {
    const { row, unmount } = renderRow();
    expect(row.getAttribute('aria-label')).toMatch(
      /^Sans titre — Modifications demandées, Awa Diallo, Afrique/,
    );
    expect(row.textContent).toContain('1\u202f250 mots');
    expect(row.textContent).toContain('En retard');
    expect(row.getAttribute('aria-posinset')).toBe('5');
    unmount();
  });

  it('starts its name with the headline, in English after a language switch', async () => {
    await act(() => applyLanguage('en'));
    const { row, unmount } = renderRow({ headline: 'Goïta reçoit les chefs', status: 'submitted' });
    expect(row.getAttribute('aria-label')).toMatch(/^Goïta reçoit les chefs — Submitted/);
    expect(row.textContent).toContain('1,250 words');
    unmount();
    await act(() => applyLanguage('fr'));
  });

  it('says when a received package left the article in conflict', () => {
    const { row, unmount } = renderRow({ inConflict: true });
    expect(row.getAttribute('aria-label')).toMatch(
      /^Sans titre — Modifications demandées, En conflit, Awa Diallo/,
    );
    expect(row.querySelector('.conflict-badge')?.textContent).toBe('En conflit');
    expect(renderRow().row.querySelector('.conflict-badge')).toBeNull();
    unmount();
  });

  it('opens on click and restores from the trash without opening', () => {
    const { host, row, onOpen, onRestore, unmount } = renderRow({}, true);
    act(() => row.click());
    expect(onOpen).toHaveBeenCalledWith(article.id, 4);
    const restore = [...host.querySelectorAll('button')].find(
      (button) => button.textContent === 'Restaurer',
    )!;
    act(() => restore.click());
    expect(onRestore).toHaveBeenCalledWith(article.id);
    expect(onOpen).toHaveBeenCalledTimes(1);
    unmount();
  });
});
