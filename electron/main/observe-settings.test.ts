import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createConfSettings } from '../node/settings/conf-settings';
import { observeSettings } from './observe-settings';

describe('observeSettings', () => {
  it('reports each successful update with the previous settings, and none for a refused one', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'copydesk-observe-'));
    try {
      const onChange = vi.fn();
      const settings = observeSettings(createConfSettings({ cwd, locale: 'en' }), onChange);
      settings.update({ uiLanguage: 'fr' });
      expect(onChange).toHaveBeenCalledWith(
        expect.objectContaining({ uiLanguage: 'fr' }),
        expect.objectContaining({ uiLanguage: 'en' }),
      );
      expect(() => settings.update({ theme: 'neon' as never })).toThrow();
      expect(onChange).toHaveBeenCalledOnce();
      expect(settings.get().uiLanguage).toBe('fr');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
