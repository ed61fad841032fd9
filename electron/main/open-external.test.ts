import { describe, expect, it, vi } from 'vitest';
import { createSafeOpenExternal, externalUrlOrNull, safeOpenExternal } from './open-external';

const refused = [
  'file:///C:/Windows/System32/calc.exe',
  'file:///etc/passwd',
  'smb://host/share',
  '\\\\host\\share\\calc.exe',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'java\u0000script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ms-msdt:/id PCWDiagnostic',
  'copydesk://open',
  'vbscript:msgbox(1)',
  'C:/Windows/System32/calc.exe',
  '/etc/passwd',
  'https://',
  '',
];

const accepted: [string, string][] = [
  ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
  ['http://example.org', 'http://example.org/'],
  ['HTTPS://Example.org/x', 'https://example.org/x'],
  ['mailto:redaction@example.sn', 'mailto:redaction@example.sn'],
  ['  https://example.org/\n', 'https://example.org/'],
];

describe('safeOpenExternal', () => {
  it.each(refused)('refuses %j without asking or opening', async (url) => {
    const deps = {
      openExternal: vi.fn(() => Promise.resolve()),
      confirm: vi.fn(() => Promise.resolve(true)),
    };
    expect(await safeOpenExternal(url, deps)).toBe(false);
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each(accepted)('opens %j as %j after the user agrees', async (url, normalised) => {
    const deps = {
      openExternal: vi.fn(() => Promise.resolve()),
      confirm: vi.fn(() => Promise.resolve(true)),
    };
    expect(await safeOpenExternal(url, deps)).toBe(true);
    expect(deps.confirm).toHaveBeenCalledWith(normalised);
    expect(deps.openExternal).toHaveBeenCalledWith(normalised);
    expect(externalUrlOrNull(url)).toBe(normalised);
  });

  it('opens nothing when the user declines', async () => {
    const deps = {
      openExternal: vi.fn(() => Promise.resolve()),
      confirm: vi.fn(() => Promise.resolve(false)),
    };
    expect(await safeOpenExternal('https://example.org/', deps)).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('reports false instead of throwing when the system cannot open the link', async () => {
    const deps = {
      openExternal: () => Promise.reject(new Error('no browser')),
      confirm: () => Promise.resolve(true),
    };
    expect(await safeOpenExternal('https://example.org/', deps)).toBe(false);
  });

  it('binds to the shell through createSafeOpenExternal', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const open = createSafeOpenExternal(shell, () => Promise.resolve(true));
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(await open('https://example.org/')).toBe(true);
    expect(shell.openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});
