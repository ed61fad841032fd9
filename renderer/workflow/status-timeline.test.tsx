import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StatusChange } from '../../shared/model/revision';
import type { HeldMove } from '../../shared/trust/held-move';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { useStatusLogStore } from './status-log-store';
import { StatusTimeline } from './StatusTimeline';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';
const changes: StatusChange[] = [
  {
    id: 1,
    articleId,
    revision: 1,
    from: null,
    to: 'draft',
    by: 'Awa Diop',
    role: null,
    note: '',
    at: '2025-03-12T09:30:00Z',
  },
  {
    id: 2,
    articleId,
    revision: 2,
    from: 'draft',
    to: 'submitted',
    by: 'Awa Diop',
    role: 'reporter',
    note: 'Prêt pour relecture',
    at: '2025-03-12T10:05:00Z',
  },
  {
    id: 3,
    articleId,
    revision: 3,
    from: 'submitted',
    to: 'approved',
    by: 'Chef Ndiaye',
    role: 'chief_editor',
    note: '',
    at: '2025-03-12T11:00:00Z',
  },
];

const render = (
  props: { mayConfirm: boolean; onConfirm: (moveId: number) => void } = {
    mayConfirm: false,
    onConfirm: () => undefined,
  },
) => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<StatusTimeline status="draft" {...props} />));
  return { host, unmount: () => act(() => root.unmount()) };
};

describe('the status timeline', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(() => applyLanguage('en'));

  it('lists who, role, when, from → to and the note, oldest first', () => {
    act(() => useStatusLogStore.setState({ articleId, changes, held: [], failed: false }));
    const { host, unmount } = render();
    const list = host.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).toBe('Status history');
    const entries = [...list.querySelectorAll('li')].map((item) => item.textContent);
    expect(entries[0]).toContain('Awa Diop');
    expect(entries[0]).toContain('Created → Draft');
    expect(entries[1]).toContain('Awa Diop (Reporter)');
    expect(entries[1]).toContain('Draft → Submitted');
    expect(entries[1]).toContain('Prêt pour relecture');
    expect(entries[2]).toContain('Chef Ndiaye (Chief editor)');
    expect(entries[2]).toContain('Submitted → Approved');
    const time = list.querySelectorAll('time')[2]!;
    expect(time.dateTime).toBe('2025-03-12T11:00:00Z');
    expect(time.textContent).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(time.dateTime),
      ),
    );
    unmount();
  });

  it('speaks French: roles, statuses and dates', async () => {
    await act(() => applyLanguage('fr'));
    act(() => useStatusLogStore.setState({ articleId, changes, held: [], failed: false }));
    const { host, unmount } = render();
    expect(host.querySelector('ol')!.getAttribute('aria-label')).toBe('Historique des statuts');
    const text = host.textContent;
    expect(text).toContain('Chef Ndiaye (Rédacteur en chef)');
    expect(text).toContain('Soumis → Validé');
    expect(host.querySelector('time')!.textContent).toMatch(/mars/);
    unmount();
  });

  it('translates a logged override into the interface language', async () => {
    await act(() => applyLanguage('fr'));
    const overridden: StatusChange = {
      ...changes[2]!,
      note: 'Urgent\nOverride: Dernière minute (failed: byline_present)',
    };
    act(() =>
      useStatusLogStore.setState({ articleId, changes: [overridden], held: [], failed: false }),
    );
    const { host, unmount } = render();
    const text = host.textContent;
    expect(text).toContain('Urgent');
    expect(text).toContain('Passage en force\u00a0: Dernière minute');
    expect(text).toContain('Signature');
    expect(text).not.toContain('Override:');
    unmount();
  });

  it('shows held moves as claimed, not verified, with why; an editor confirms the one that follows', async () => {
    const held: HeldMove[] = [
      {
        id: 7,
        articleId,
        from: 'draft',
        to: 'submitted',
        by: 'Awa Diop',
        role: 'reporter',
        note: '',
        at: '2025-03-12T10:05:00Z',
        reason: 'unsigned',
        fingerprint: null,
      },
      {
        id: 8,
        articleId,
        from: 'approved',
        to: 'published',
        by: 'Mme Sall',
        role: 'chief_editor',
        note: '',
        at: '2025-03-12T11:05:00Z',
        reason: 'unknown_key',
        fingerprint: '3f2a 9c1b',
      },
    ];
    act(() =>
      useStatusLogStore.setState({ articleId, changes: [changes[0]!], held, failed: false }),
    );
    const confirmed: number[] = [];
    const { host, unmount } = render({ mayConfirm: true, onConfirm: (id) => confirmed.push(id) });
    const entries = [...host.querySelectorAll('li')];
    expect(entries[1]!.textContent).toContain('Claimed by Awa Diop (Reporter), not verified');
    expect(entries[1]!.textContent).toContain('Not signed.');
    expect(entries[2]!.textContent).toContain('Claimed by Mme Sall (Chief editor), not verified');
    expect(entries[2]!.textContent).toContain('(3f2a 9c1b)');
    expect(entries[2]!.querySelector('button')).toBeNull();
    act(() => entries[1]!.querySelector('button')!.click());
    expect(confirmed).toEqual([7]);
    unmount();

    await act(() => applyLanguage('fr'));
    const french = render();
    expect(french.host.textContent).toContain('Revendiqué par Awa Diop (Rédacteur), non vérifié');
    expect(french.host.querySelector('button')).toBeNull();
    french.unmount();
  });
});
