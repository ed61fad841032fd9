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
  const select = host.querySelector('select')!;
  const options = () => [...select.options].map((option) => option.text);
  const choose = async (label: string) => {
    const option = [...select.options].find((candidate) => candidate.text === label)!;
    await act(async () => {
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
    });
  };
  return { select, options, choose, setStatus, load, host };
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

  it('unspikes to the status before the spike, from the log', () => {
    const log = [
      change('draft', 'submitted', 'Awa', 'reporter'),
      change('submitted', 'spiked', 'Chef', 'editor'),
    ];
    const { select, options } = renderControl('spiked', 'editor', log);
    expect(options()).toEqual(['Spiked', 'Unspike']);
    expect(select.options[1]!.value).toBe('submitted');
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
  });
});
