import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { createConfSettings } from './conf-settings';

let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'copydesk-settings-role-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('the profile role in settings', () => {
  it('is reporter, not yet onboarded, for a file written before roles existed', () => {
    writeFileSync(
      join(cwd, 'config.json'),
      JSON.stringify({ authorName: 'Awa Diop', uiLanguage: 'fr' }),
    );
    const settings = createConfSettings({ cwd, locale: 'fr-FR' });
    expect(settings.notices).toEqual([]);
    expect(settings.get()).toMatchObject({
      authorName: 'Awa Diop',
      role: 'reporter',
      onboarded: false,
    });
  });

  it('persists a chosen role and refuses an unknown one', () => {
    createConfSettings({ cwd, locale: 'fr-FR' }).update({ role: 'chief_editor', onboarded: true });
    const reopened = createConfSettings({ cwd, locale: 'fr-FR' });
    expect(reopened.get()).toMatchObject({ role: 'chief_editor', onboarded: true });
    expect(() => reopened.update({ role: 'admin' } as never)).toThrow(AppError);
    expect(reopened.get().role).toBe('chief_editor');
  });

  it('sets aside a file whose role is unknown', () => {
    writeFileSync(
      join(cwd, 'config.json'),
      JSON.stringify({ authorName: 'Awa', role: 'publisher' }),
    );
    const settings = createConfSettings({ cwd, locale: 'fr-FR' });
    expect(settings.notices).toHaveLength(1);
    expect(settings.get()).toMatchObject({ authorName: '', role: 'reporter' });
  });
});
