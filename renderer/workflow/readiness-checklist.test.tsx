import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../shared/model/article';
import { defaultSettings } from '../../shared/model/settings';
import type { Role } from '../../shared/model/role';
import { StatusControl } from '../editor/StatusControl';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { useStatusLogStore } from './status-log-store';
import { overrideStatus } from './status-override';

vi.mock('./status-override', () => ({
  overrideStatus: vi.fn(() => Promise.resolve({ ok: true })),
}));

const article: Article = {
  id: '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11',
  headline: 'Crue du fleuve à Kayes',
  seoTitle: '',
  socialTitle: '',
  metaDescription: '',
  standfirst: '',
  slug: 'crue',
  section: '',
  tags: [],
  bylines: [],
  dateline: { place: '', date: '' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: null,
  editorialNote: '',
  typography: true,
  body: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le niveau monte.' }] }],
  },
  status: 'submitted',
  counts: { words: 3, signes: 16, signesWithoutSpaces: 14 },
  createdAt: '2025-03-12T09:30:00Z',
  updatedAt: '2025-03-12T09:30:00Z',
  revision: 2,
  trashedAt: null,
  comments: [],
  handoffs: [],
  conflict: null,
};
const ready: Partial<Article> = {
  standfirst: 'Les habitants évacuent.',
  bylines: [{ name: 'Awa Diop', role: 'author' }],
};

const cleanups: (() => void)[] = [];

function renderControl(role: Role, changes: Partial<Article> = {}) {
  const setStatus = vi.fn(() => Promise.resolve(true));
  act(() => {
    useSettingsStore.setState({ settings: { ...defaultSettings('en'), role } });
    useEditorSession.setState({
      articleId: article.id,
      article: { ...article, ...changes },
      setStatus,
    });
    useStatusLogStore.setState({
      articleId: article.id,
      changes: [],
      failed: false,
      load: () => Promise.resolve(),
    });
  });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<StatusControl status={article.status} disabled={false} />));
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  // The checklist is folded into a badge: open it first.
  const checklist = (name: string) => {
    const badge = host.querySelector<HTMLButtonElement>(`button[aria-label^="${name}"]`)!;
    if (badge.getAttribute('aria-expanded') !== 'true') act(() => badge.click());
    return host.querySelector(`ul[aria-label="${name}"]`)!;
  };
  const items = (name: string) =>
    [...checklist(name).querySelectorAll('li')].map((item) => item.textContent);
  // The gated moves and their overrides, beside the group of moves offered.
  const button = (name: string) =>
    [...host.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === name && !candidate.closest('[role="group"]'),
    );
  // The current status, then the moves offered beside it (buttons, not a select).
  const options = () => [
    host.querySelector('output')!.textContent,
    ...[...host.querySelectorAll('[role="group"] button')].map((move) => move.textContent),
  ];
  return { host, items, button, options };
}

const type = async (input: HTMLInputElement, value: string) => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
  });
};

describe('the publish-readiness checklist', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    vi.mocked(overrideStatus).mockClear();
    await applyLanguage('en');
  });

  it('lists every check as passed or failed, with what is missing', () => {
    const { items } = renderControl('editor', {
      headline: "L'été",
      body: {
        type: 'doc',
        content: [{ type: 'figure', attrs: { src: 'a', alt: '', caption: 'x', credit: 'y' } }],
      },
    });
    expect(items('Publish readiness')).toEqual([
      '✓ Passed: Headline',
      '✓ Passed: Headline length',
      '✗ Failed: Standfirst',
      '✗ Failed: Byline',
      '✗ Failed: Image captions, credits and alt text — 1 of 1 images incomplete',
      '✓ Passed: No open comment',
      '✓ Passed: No pending suggestion',
      '✓ Passed: Embargo passed',
      '✗ Failed: French typography — 1 text to correct',
    ]);
  });

  it('disables Approve with the failed checks listed, and offers nothing blocked among the moves', () => {
    const { button, options } = renderControl('editor');
    expect(options()).toEqual(['Submitted', 'Withdraw', 'Request changes', 'Spike']);
    const approve = button('Approve')!;
    expect(approve.disabled).toBe(true);
    const reason = document.getElementById(approve.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe('Blocked: No standfirst; No byline');
  });

  it('offers Approve among the moves once every check passes', () => {
    const { options, button } = renderControl('editor', ready);
    expect(options()).toContain('Approve');
    expect(button('Approve')).toBeUndefined();
    expect(button('Override…')).toBeUndefined();
  });

  it('lets an editor override with a reason', async () => {
    const { button, host } = renderControl('chief_editor');
    act(() => button('Override…')!.click());
    const form = host.querySelector('form[aria-label="Override the checks (Approve)"]')!;
    const confirm = button('Approve anyway')!;
    expect(confirm.disabled).toBe(true);
    await type(form.querySelector('input')!, ' Brève urgente ');
    await act(async () => {
      confirm.click();
      await Promise.resolve();
    });
    expect(overrideStatus).toHaveBeenCalledWith({
      status: 'approved',
      note: '',
      reason: 'Brève urgente',
    });
  });

  it('speaks French', async () => {
    await act(() => applyLanguage('fr'));
    const { items, button } = renderControl('editor');
    expect(items('Prêt à publier')[2]).toBe('✗ Échoué\u00a0: Chapô');
    expect(button('Passer outre…')).toBeDefined();
  });
});
