import { act } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { EditingHint } from './EditingHint';
import { PresenceList } from './PresenceList';
import type { PresencePeer } from './presence-peer';

const render = (element: ReactElement) => {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => createRoot(host).render(element));
  return host;
};

const peers: PresencePeer[] = [
  { clientId: 1, name: 'Awa Diop', color: '#1d4ed8', editing: 'headline' },
  { clientId: 2, name: '', color: '#fbbf24', editing: null },
];

describe('presence views', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(() => document.body.replaceChildren());

  it('lists who is in the article with initials, names for screen readers and where they type', async () => {
    await applyLanguage('fr');
    const list = render(<PresenceList peers={peers} />).querySelector('ul')!;
    expect(list.getAttribute('aria-label')).toBe('Aussi dans cet article');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((item) => item.querySelector('[aria-hidden]')?.textContent)).toEqual([
      'AD',
      '?',
    ]);
    expect(items.map((item) => item.querySelector('.visually-hidden')?.textContent)).toEqual([
      'Awa Diop, dans le titre',
      'Sans nom',
    ]);
    expect(items[0]!.title).toBe('Awa Diop, dans le titre');
    // A light colour gets dark initials.
    expect(items[1]!.style.color).toBe('rgb(0, 0, 0)');
    expect(items[0]!.style.color).toBe('rgb(255, 255, 255)');
  });

  it('shows nothing when nobody else is there', () => {
    expect(render(<PresenceList peers={[]} />).innerHTML).toBe('');
    expect(render(<EditingHint names={[]} field="headline" />).innerHTML).toBe('');
  });

  it('says who is editing the headline or standfirst, in French and English', async () => {
    await applyLanguage('fr');
    expect(render(<EditingHint names={['Awa Diop']} field="headline" />).textContent).toBe(
      'Awa Diop modifie le titre',
    );
    expect(
      render(<EditingHint names={['Awa Diop', 'Jean Martin']} field="standfirst" />).textContent,
    ).toBe('Awa Diop et Jean Martin modifient le chapô');
    await applyLanguage('en');
    expect(render(<EditingHint names={['Awa Diop']} field="headline" />).textContent).toBe(
      'Awa Diop is editing the headline',
    );
    expect(
      render(<EditingHint names={['Awa Diop', 'Jean Martin']} field="standfirst" />).textContent,
    ).toBe('Awa Diop and Jean Martin are editing the standfirst');
  });
});
