import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { defaultSettings } from '../../../shared/model/settings';
import { createConfSettings } from './conf-settings';

let cwd: string;
const file = () => join(cwd, 'config.json');

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'copydesk-settings-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('createConfSettings', () => {
  it('starts with defaults whose language follows the locale', () => {
    expect(createConfSettings({ cwd, locale: 'fr-SN' }).get()).toEqual(defaultSettings('fr-SN'));
    expect(createConfSettings({ cwd: join(cwd, 'other'), locale: 'en-US' }).get().uiLanguage).toBe(
      'en',
    );
    expect(defaultSettings('fr-SN').uiLanguage).toBe('fr');
  });

  it('persists updates for the next start', () => {
    const settings = createConfSettings({ cwd, locale: 'en-US' });
    const updated = settings.update({
      authorName: 'Awa Diop',
      uiLanguage: 'fr',
      lastLibrary: '/tmp/lib',
    });
    expect(updated).toMatchObject({ authorName: 'Awa Diop', uiLanguage: 'fr', theme: 'system' });

    const reopened = createConfSettings({ cwd, locale: 'en-US' });
    expect(reopened.get()).toMatchObject({
      authorName: 'Awa Diop',
      uiLanguage: 'fr',
      lastLibrary: '/tmp/lib',
    });
    expect(reopened.notices).toEqual([]);
  });

  it('refuses invalid values without writing anything', () => {
    const settings = createConfSettings({ cwd, locale: 'en-US' });
    settings.update({ authorName: 'Awa' });
    const before = readFileSync(file(), 'utf8');

    const invalid = [{ uiLanguage: 'de' }, { theme: 'neon' }, { authorName: 'x'.repeat(201) }];
    for (const patch of invalid) {
      expect(() => settings.update(patch as never)).toThrow(AppError);
    }
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(settings.get().authorName).toBe('Awa');
  });

  const corruptFiles: [string, string][] = [
    ['garbage', '\u0000\u00ff not json at all'],
    ['truncated JSON', '{"authorName": "Awa", "uiLangu'],
    ['wrong types', JSON.stringify({ authorName: 42, uiLanguage: 'fr' })],
    ['an unknown language', JSON.stringify({ uiLanguage: 'klingon' })],
    ['an array', '[]'],
    ['an empty file', ''],
    ['a name only too long before trimming', JSON.stringify({ authorName: `${'x'.repeat(200)} ` })],
  ];

  it.each(corruptFiles)(
    'starts from defaults after %s and keeps the bad file aside',
    (_name, content) => {
      writeFileSync(file(), content);

      const settings = createConfSettings({ cwd, locale: 'fr-FR' });

      expect(settings.get()).toEqual(defaultSettings('fr-FR'));
      expect(settings.notices).toHaveLength(1);
      const notice = settings.notices[0]!;
      expect(notice.code).toBe('settings_reset');
      expect(notice.keptAs).toMatch(/config\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/);
      expect(notice.message).toContain(notice.keptAs);
      expect(readFileSync(notice.keptAs, 'utf8')).toBe(content);
      expect(readdirSync(cwd).sort()).toEqual(
        ['config.json', notice.keptAs.split(/[\\/]/).pop()].sort(),
      );
    },
  );

  it('keeps a valid file that misses keys, filling the defaults', () => {
    writeFileSync(file(), JSON.stringify({ authorName: 'Moussa' }));

    const settings = createConfSettings({ cwd, locale: 'fr-SN' });

    expect(settings.notices).toEqual([]);
    expect(settings.get()).toEqual({ ...defaultSettings('fr-SN'), authorName: 'Moussa' });
  });
});
