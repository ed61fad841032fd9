import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { HeadlineVariantField } from './HeadlineVariantField';

const cleanups: (() => void)[] = [];

const render = (value: string, limit: number) => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() =>
    root.render(
      <HeadlineVariantField name="seoTitle" value={value} limit={limit} onChange={() => {}} />,
    ),
  );
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  const field = host.querySelector('.headline-variant')!;
  return {
    counter: field.querySelector('.field-hint')!.textContent,
    over: field.classList.contains('headline-variant-over'),
    label: field.querySelector('label')!.textContent,
  };
};

describe('a headline variant’s counter', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    await applyLanguage('en');
  });

  it('counts against the limit, and warns with the excess once over it', () => {
    expect(render('Crue à Kayes', 60)).toEqual({
      counter: '12 characters of 60',
      over: false,
      label: 'SEO title',
    });
    expect(render('x'.repeat(63), 60)).toMatchObject({
      counter: '63 characters of 60: 3 too many',
      over: true,
    });
  });

  it('speaks French with its typography', async () => {
    await act(() => applyLanguage('fr'));
    expect(render('x'.repeat(61), 60)).toEqual({
      counter: '61 caractères sur 60\u00a0: 1 de trop',
      over: true,
      label: 'Titre SEO',
    });
  });
});
