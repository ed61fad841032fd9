import { readFileSync, renameSync } from 'node:fs';
import { Settings } from '../../../shared/model/settings';
import type { SettingsNotice } from './settings-store';

const readText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const isValid = (text: string, defaults: Settings): boolean => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return false;
  return Settings.safeParse({ ...defaults, ...parsed }).success;
};

const timestamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** Renames `file` to `<file>.corrupt-<timestamp>` (kept, never deleted) and says so. */
export function keepSettingsFileAside(file: string, now: Date = new Date()): SettingsNotice {
  const keptAs = `${file}.corrupt-${timestamp(now)}`;
  renameSync(file, keptAs);
  return {
    code: 'settings_reset',
    message: `The settings file could not be read, so Copydesk started with default settings. The old file was kept as ${keptAs}.`,
    keptAs,
  };
}

/**
 * Runs before a settings store (conf or electron-store) opens `file`: a file that is not JSON,
 * or does not satisfy the Settings schema once missing keys take their defaults, is kept aside
 * so the store starts from defaults.
 */
export function quarantineInvalidSettings(
  file: string,
  defaults: Settings,
  now: Date = new Date(),
): SettingsNotice | null {
  const text = readText(file);
  if (text === null || isValid(text, defaults)) return null;
  return keepSettingsFileAside(file, now);
}
