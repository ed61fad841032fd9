import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { guardNavigation } from './guard-navigation';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

const setup = () => {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn((_url: string) => Promise.resolve(true));
  guardNavigation(contents as unknown as WebContents, openExternal);
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, openExternal, open: (url: string) => openHandler!({ url }) };
};

const foreignUrls = [
  'https://evil.example',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://copydesk.evil/',
  'app://evil/index.html',
  'app://copydesk@evil/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

describe('guardNavigation', () => {
  it.each(foreignUrls)('prevents top-level and frame navigation to %s', (url) => {
    const { fire } = setup();
    expect(fire('will-navigate', url)).toBe(true);
    expect(fire('will-frame-navigate', url)).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'app://copydesk/index.html')).toBe(false);
    expect(fire('will-frame-navigate', 'app://copydesk/index.html?x=1')).toBe(false);
  });

  it('denies every new window and hands links to safeOpenExternal', () => {
    const { open, openExternal } = setup();
    expect(open('https://example.org/article')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('app://copydesk/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/article');
  });

  it('refuses to attach any webview', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
  });
});
