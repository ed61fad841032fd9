import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/setup';
import type { ShareLibraryDialogProps } from './ShareLibraryDialog';
import { ShareLibraryDialog } from './ShareLibraryDialog';

const render = (props: Partial<ShareLibraryDialogProps>) => {
  const host = document.createElement('div');
  document.body.append(host);
  const onShare = vi.fn();
  act(() =>
    createRoot(host).render(
      <ShareLibraryDialog
        sharing={false}
        url={null}
        error={null}
        onShare={onShare}
        onClose={() => undefined}
        {...props}
      />,
    ),
  );
  const button = (label: string) =>
    [...host.querySelectorAll('button')].find((element) => element.textContent === label)!;
  return { host, onShare, button };
};

describe('ShareLibraryDialog', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shares on this machine and port 4455 unless told otherwise, or on every interface', () => {
    const { host, onShare, button } = render({});
    act(() => button('Share').click());
    expect(onShare).toHaveBeenLastCalledWith('127.0.0.1', 4455);
    const [, everyInterface] = [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    act(() => everyInterface!.click());
    act(() => button('Share').click());
    expect(onShare).toHaveBeenLastCalledWith('0.0.0.0', 4455);
  });

  it('shows where desks connect and how to add their accounts once shared', () => {
    const { host } = render({ url: 'ws://192.168.1.20:4455' });
    const status = host.querySelector('[role=status]')?.textContent ?? '';
    expect(status).toContain('Desks connect to ws://192.168.1.20:4455');
    expect(status).toContain('copydesk users add NAME --role reporter');
  });
});
