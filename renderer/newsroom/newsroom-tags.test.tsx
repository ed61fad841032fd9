import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NewsroomState } from '../../shared/newsroom/newsroom-state';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { NewsroomBadge } from './NewsroomBadge';
import { SyncStateTag } from './SyncStateTag';

const link = {
  address: 'ws://10.0.0.2:4321',
  libraryId: 'L',
  name: 'Awa Diop',
  role: 'reporter' as const,
};
const state = (overrides: Partial<NewsroomState>): NewsroomState => ({
  connection: 'connected',
  link,
  waiting: {},
  refusal: null,
  ...overrides,
});

const text = (node: ReactNode): string => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  const content = host.textContent ?? '';
  act(() => root.unmount());
  return content;
};

describe('newsroom badge and sync tags', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    document.body.innerHTML = '';
    await applyLanguage('en');
  });

  it('says who the desk is connected as, or why it is not, and nothing outside a newsroom', async () => {
    expect(text(<NewsroomBadge newsroom={state({})} />)).toBe('Connected as Awa Diop (Reporter)');
    expect(text(<NewsroomBadge newsroom={state({ connection: 'refused' })} />)).toBe(
      'Refused: credential revoked or wrong',
    );
    expect(text(<NewsroomBadge newsroom={state({ connection: 'none', link: null })} />)).toBe('');
    await applyLanguage('fr');
    expect(text(<NewsroomBadge newsroom={state({ connection: 'offline' })} />)).toBe(
      'Rédaction hors ligne\u00a0: travail sur la copie locale',
    );
  });

  it('shows an article’s changes waiting and the offline state, nothing once synced', () => {
    const waiting = state({ waiting: { a1: 3 } });
    expect(text(<SyncStateTag newsroom={waiting} articleId="a1" />)).toBe('3 changes waiting');
    expect(text(<SyncStateTag newsroom={waiting} articleId="a2" />)).toBe('');
    expect(
      text(
        <SyncStateTag
          newsroom={state({ connection: 'offline', waiting: { a1: 1 } })}
          articleId="a1"
        />,
      ),
    ).toBe('1 change waiting · Offline');
    expect(text(<SyncStateTag newsroom={null} articleId="a1" />)).toBe('');
  });
});
