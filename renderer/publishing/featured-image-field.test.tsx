import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../shared/model/article';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { useEditorSession } from '../state/editor-session';
import { FeaturedImageField } from './FeaturedImageField';
import { usePublishingStore } from './publishing-store';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';
const source = (letter: string) => `copydesk-asset:${letter.repeat(64)}.png`;
const figure = (letter: string, caption: string) => ({
  type: 'figure',
  attrs: { src: source(letter), alt: `Alt ${letter}`, caption, credit: 'AFP' },
});
const cleanups: (() => void)[] = [];

const render = (src: string | null) => {
  const loadFeatured = vi.fn(() => Promise.resolve());
  const chooseFeatured = vi.fn(() => Promise.resolve());
  act(() => {
    useEditorSession.setState({
      article: {
        id: articleId,
        body: { type: 'doc', content: [figure('a', 'Le port'), figure('b', '')] },
      } as unknown as Article,
    });
    usePublishingStore.setState({
      featured: { articleId, src },
      loadFeatured,
      chooseFeatured,
    });
  });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<FeaturedImageField readOnly={false} />));
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  return { select: host.querySelector('select')!, host, loadFeatured, chooseFeatured };
};

beforeAll(() => setupI18n('en'));
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('FeaturedImageField', () => {
  it('offers the first figure by default, then each figure by caption or alt text', () => {
    const { select, host, loadFeatured } = render(null);
    expect(loadFeatured).toHaveBeenCalledWith(articleId);
    expect(host.querySelector('label')?.textContent).toBe('Featured image on WordPress');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'The first figure',
      'Figure 1: Le port',
      'Figure 2: Alt b',
    ]);
    expect(select.value).toBe('');
  });

  it('keeps the choice, and goes back to the first figure', () => {
    const { select, chooseFeatured } = render(source('b'));
    expect(select.value).toBe(source('b'));
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chooseFeatured).toHaveBeenCalledWith(articleId, null);
  });

  it('speaks French', async () => {
    await applyLanguage('fr');
    try {
      const { host } = render(null);
      expect(host.querySelector('label')?.textContent).toBe('Image à la une sur WordPress');
      expect(host.querySelector('option')?.textContent).toBe('La première image');
    } finally {
      await applyLanguage('en');
    }
  });
});
