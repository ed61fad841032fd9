import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StatusChange } from '../../shared/model/revision';
import { defaultSettings } from '../../shared/model/settings';
import type { Status } from '../../shared/model/status';
import type { Role } from '../../shared/model/role';
import { StatusControl } from '../editor/StatusControl';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { useStatusLogStore } from './status-log-store';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';
const cleanups: (() => void)[] = [];

const change = (
  from: Status | null,
  to: Status,
  by: string,
  role: string | null,
): StatusChange => ({
  id: 1,
  articleId,
  revision: 1,
  from,
  to,
  by,
  role,
  note: '',
  at: '2025-03-12T09:30:00Z',
});

function renderControl(status: Status, role: Role, log: StatusChange[] = []) {
  const setStatus = vi.fn(() => Promise.resolve(true));
  const load = vi.fn(() => Promise.resolve());
  act(() => {
    useSettingsStore.setState({ settings: { ...defaultSettings('en'), role } });
    useEditorSession.setState({ articleId, setStatus });
    useStatusLogStore.setState({ articleId, changes: log, failed: false, load });
  });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<StatusControl status={status} disabled={false} />));
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  const current = host.querySelector('output')!;
  const moves = () => [...host.querySelectorAll<HTMLButtonElement>('[role="group"] button')];
  // The current status first, then the moves offered beside it.
  const options = () => [current.textContent, ...moves().map((button) => button.textContent)];
  const button = (label: string) => moves().find((candidate) => candidate.textContent === label)!;
  const dialog = () => document.querySelector('dialog');
  const click = async (element: HTMLElement) => {
    await act(async () => {
      element.click();
      await Promise.resolve();
    });
  };
  /** Takes the move, confirming it when it asks. */
  const choose = async (label: string) => {
    await click(button(label));
    const confirm = [...(dialog()?.querySelectorAll('button') ?? [])].find(
      (candidate) => candidate.textContent === label,
    );
    if (confirm) await click(confirm);
  };
  const select = {
    get disabled() {
      return moves().every((candidate) => candidate.disabled);
    },
    labels: [document.getElementById(current.getAttribute('aria-labelledby')!)!],
  };
  return { select, options, choose, button, click, dialog, setStatus, load, host };
}

describe('the status control', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(async () => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    await applyLanguage('en');
  });

  it('offers a reporter only to withdraw a submitted article: no Approve', () => {
    const { options, select } = renderControl('submitted', 'reporter');
    expect(options()).toEqual(['Submitted', 'Withdraw']);
    expect(select.labels[0]!.textContent).toBe('Status');
  });

  it('offers an editor the desk’s moves', () => {
    expect(renderControl('submitted', 'editor').options()).toEqual([
      'Submitted',
      'Withdraw',
      'Request changes',
      'Approve',
      'Spike',
    ]);
    expect(renderControl('approved', 'chief_editor').options()).toEqual([
      'Approved',
      'Request changes',
      'Publish',
      'Spike',
    ]);
  });

  it('offers nothing, disabled, when the role may not move the article', () => {
    const { options, select } = renderControl('approved', 'reporter');
    expect(options()).toEqual(['Approved']);
    expect(select.disabled).toBe(true);
  });

  it('unspikes to the status before the spike, from the log', async () => {
    const log = [
      change('draft', 'submitted', 'Awa', 'reporter'),
      change('submitted', 'spiked', 'Chef', 'editor'),
    ];
    const { options, choose, setStatus } = renderControl('spiked', 'editor', log);
    expect(options()).toEqual(['Spiked', 'Unspike']);
    await choose('Unspike');
    expect(setStatus).toHaveBeenCalledWith('submitted', '');
  });

  it('makes the chosen move with the note, then reloads the history', async () => {
    const { choose, setStatus, load, host } = renderControl('submitted', 'editor');
    const note = host.querySelector<HTMLInputElement>('input[type="text"]')!;
    await act(async () => {
      // React tracks `value` on the element: only the prototype's setter makes it see a change.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        note,
        ' Bien sourcé ',
      );
      note.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
    });
    load.mockClear();
    await choose('Approve');
    expect(setStatus).toHaveBeenCalledWith('approved', 'Bien sourcé');
    expect(load).toHaveBeenCalledWith(articleId);
  });

  it('moves nothing on the arrow keys: a move is a button, not a list entry', async () => {
    const { host, setStatus, options } = renderControl('draft', 'reporter');
    expect(host.querySelector('select')).toBeNull();
    for (const target of [host.querySelector('output')!, ...host.querySelectorAll('button')]) {
      await act(async () => {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
        await Promise.resolve();
      });
    }
    expect(setStatus).not.toHaveBeenCalled();
    expect(options()).toEqual(['Draft', 'Submit']);
  });

  it('asks before a move that notifies the desk, and cancelling changes nothing', async () => {
    const { button, click, dialog, setStatus } = renderControl('draft', 'reporter');
    await click(button('Submit'));
    expect(setStatus).not.toHaveBeenCalled();
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Submit this article?');
    expect(dialog()!.textContent).toContain('review queue');
    const cancel = [...dialog()!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Cancel',
    )!;
    await click(cancel);
    expect(dialog()).toBeNull();
    expect(setStatus).not.toHaveBeenCalled();
  });

  it('asks before publishing, and publishes on confirmation', async () => {
    const { button, click, dialog, setStatus } = renderControl('approved', 'chief_editor');
    await click(button('Publish'));
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Publish this article?');
    expect(setStatus).not.toHaveBeenCalled();
    const confirm = [...dialog()!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Publish',
    )!;
    await click(confirm);
    expect(setStatus).toHaveBeenCalledWith('published', '');
  });

  it('approves at once: the move is undone the same way', async () => {
    const { button, click, dialog, setStatus } = renderControl('submitted', 'editor');
    await click(button('Approve'));
    expect(dialog()).toBeNull();
    expect(setStatus).toHaveBeenCalledWith('approved', '');
  });

  it('names the moves in French', async () => {
    await act(() => applyLanguage('fr'));
    expect(renderControl('draft', 'chief_editor').options()).toEqual([
      'Brouillon',
      'Soumettre',
      'Abandonner',
    ]);
    expect(renderControl('changes_requested', 'reporter').options()).toEqual([
      'Modifications demandées',
      'Soumettre à nouveau',
    ]);
    const { button, click, dialog } = renderControl('approved', 'chief_editor');
    await click(button('Publier'));
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Publier cet article\u202f?');
  });
});
