import { act } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyLanguage, setupI18n } from '../i18n/setup';
import type { ConflictBannerProps } from './ConflictBanner';
import { ConflictBanner } from './ConflictBanner';

const roots: Root[] = [];
const render = (props: Partial<ConflictBannerProps> = {}) => {
  const handlers = { onCompare: vi.fn(), onResolve: vi.fn() };
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  roots.push(root);
  act(() =>
    root.render(
      <ConflictBanner
        from="Claire Martin"
        resolving={false}
        error={null}
        {...handlers}
        {...props}
      />,
    ),
  );
  const button = (name: string) =>
    [...host.querySelectorAll('button')].find((item) => item.textContent === name);
  return { host, button, ...handlers };
};

describe('package conflict banner', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    act(() => roots.splice(0).forEach((root) => root.unmount()));
    document.body.innerHTML = '';
    await applyLanguage('en');
  });

  it('alerts the writer, names the sender and offers to compare or mark resolved', () => {
    const { host, button, onCompare, onResolve } = render();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe(
      'This article was changed here and in a received package by Claire Martin. Both versions are kept in Versions.',
    );
    act(() => button('Compare versions')?.click());
    expect(onCompare).toHaveBeenCalled();
    act(() => button('Mark conflict resolved')?.click());
    expect(onResolve).toHaveBeenCalled();
  });

  it('speaks French with French typography', async () => {
    await applyLanguage('fr');
    const { host, button } = render({
      error: { code: 'read_only', message: 'The library is read-only.' },
    });
    const texts = [...host.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    expect(texts[0]).toBe(
      'Cet article a été modifié ici et dans un paquet reçu de Claire Martin. Les deux versions sont conservées dans Versions.',
    );
    expect(texts[1]).toMatch(/^Le conflit n’a pas été marqué comme résolu\u00a0: /);
    expect(button('Comparer les versions')).toBeDefined();
    expect(button('Marquer le conflit comme résolu')).toBeDefined();
  });

  it('cannot be marked resolved twice at once', () => {
    const { button } = render({ resolving: true });
    expect(button('Mark conflict resolved')?.disabled).toBe(true);
    expect(button('Compare versions')?.disabled).toBe(false);
  });

  it('asks for a review of a merge, names the sender and offers to see what came from them', async () => {
    const { host, button, onCompare, onResolve } = render({ merged: true });
    expect(host.querySelector('[role="alert"] p')?.textContent).toBe(
      "Merged with Claire Martin's version: review.",
    );
    act(() => button('See what came from Claire Martin')?.click());
    expect(onCompare).toHaveBeenCalled();
    act(() => button('Mark as reviewed')?.click());
    expect(onResolve).toHaveBeenCalled();
    await applyLanguage('fr');
    const french = render({
      merged: true,
      error: { code: 'read_only', message: 'The library is read-only.' },
    });
    const texts = [...french.host.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    expect(texts[0]).toBe('Fusionné avec la version de Claire Martin\u00a0: à relire.');
    expect(texts[1]).toMatch(/^L’article n’a pas été marqué comme relu\u00a0: /);
    expect(french.button('Voir ce qui vient de Claire Martin')).toBeDefined();
    expect(french.button('Marquer comme relu')).toBeDefined();
  });
});
