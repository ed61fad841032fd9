import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublishJob } from '../../shared/wordpress/publish-job';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { OutboxPanel } from './OutboxPanel';

const articleId = '0b7f4a52-5c1e-4d4f-9a59-2f1f8d1f6c11';
const job = (id: number, changes: Partial<PublishJob>): PublishJob => ({
  id,
  articleId,
  headline: 'Le théâtre rouvre',
  site: 'Gazette',
  kind: 'publish',
  correction: '',
  state: 'queued',
  overwrite: false,
  attempts: 0,
  nextAttemptAt: '2026-12-07T20:00:00.000Z',
  progress: '',
  lastError: '',
  link: '',
  queuedBy: 'Chef Ndiaye',
  createdAt: '2026-12-07T20:00:00.000Z',
  updatedAt: '2026-12-07T20:00:00.000Z',
  ...changes,
});

const roots: Root[] = [];
const render = (
  jobs: PublishJob[],
  comparison: { jobId: number; ours: string; theirs: string } | null = null,
) => {
  const handlers = {
    onCancel: vi.fn(),
    onRetry: vi.fn(),
    onCompare: vi.fn(),
    onOverwrite: vi.fn(),
    onRefresh: vi.fn(),
  };
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  roots.push(root);
  act(() => root.render(<OutboxPanel jobs={jobs} comparison={comparison} {...handlers} />));
  const button = (name: string) =>
    [...host.querySelectorAll('button')].find((item) => item.textContent === name);
  return { host, button, ...handlers };
};

beforeAll(() => setupI18n('en'));
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.replaceChildren();
});

describe('OutboxPanel', () => {
  it('shows each job as queued, sending, published at its link or failed with the reason', () => {
    const { host } = render([
      job(4, { state: 'failed', lastError: 'Sorry, you are not allowed to create posts.' }),
      job(3, { state: 'published', link: 'https://example.com/theatre/' }),
      job(2, { state: 'sending', progress: 'image 2/5' }),
      job(1, { state: 'queued' }),
    ]);
    expect([...host.querySelectorAll('.publish-state')].map((item) => item.textContent)).toEqual([
      'failed: Sorry, you are not allowed to create posts.',
      'published at https://example.com/theatre/',
      'sending (image 2 of 5)',
      'queued',
    ]);
  });

  it('retries a failed job, and names a correction as one', () => {
    const { host, button, onRetry } = render([
      job(5, { state: 'failed', lastError: 'Forbidden' }),
      job(6, { kind: 'correction', correction: 'A date was wrong.', state: 'queued' }),
    ]);
    act(() => button('Retry')?.click());
    expect(onRetry).toHaveBeenCalledWith(5);
    expect(host.querySelectorAll('button[aria-label^="Retry"]')).toHaveLength(1);
    expect(host.textContent).toContain('Correction of "Le théâtre rouvre" on Gazette:');
  });

  it('cancels a waiting job, and shows both texts before overwriting an edit made on the site', () => {
    const waiting = job(7, { state: 'edited_remotely', lastError: 'edited' });
    const first = render([waiting]);
    act(() => first.button('Cancel')?.click());
    expect(first.onCancel).toHaveBeenCalledWith(7);
    act(() => first.button('Compare')?.click());
    expect(first.onCompare).toHaveBeenCalledWith(waiting);

    const compared = render([waiting], {
      jobId: 7,
      ours: '<p>Notre texte</p>',
      theirs: '<p>Leur texte</p>',
    });
    const columns = [...compared.host.querySelectorAll('.outbox-comparison section')];
    expect(columns.map((column) => column.getAttribute('aria-label'))).toEqual([
      'Last pushed from Copydesk',
      'On the site now',
    ]);
    expect(columns.map((column) => column.querySelector('pre')?.textContent)).toEqual([
      '<p>Notre texte</p>',
      '<p>Leur texte</p>',
    ]);
    act(() => compared.button("Overwrite the site's version")?.click());
    expect(compared.onOverwrite).toHaveBeenCalledWith(7);
  });

  it('speaks French', async () => {
    await applyLanguage('fr');
    try {
      const { host } = render([job(1, { state: 'queued' })]);
      expect(host.querySelector('legend')?.textContent).toBe('Boîte d’envoi');
      expect(host.querySelector('.publish-state')?.textContent).toBe('en attente');
    } finally {
      await applyLanguage('en');
    }
  });
});
