import type { UiLanguage } from '../model/settings';
import { catalogs } from './catalogs';

const lookUp = (language: UiLanguage, key: string): string | undefined => {
  const [namespace, path] = key.includes(':') ? key.split(':', 2) : ['common', key];
  let value: unknown = catalogs[language];
  for (const part of [namespace, ...(path ?? '').split('.')]) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part ?? ''];
  }
  return typeof value === 'string' ? value : undefined;
};

/**
 * The plain string at `namespace:dotted.key` (`common` when no namespace is given), as
 * i18next would find it, for code without i18next (the Electron menu); English fills a gap.
 */
export const translate = (language: UiLanguage, key: string): string =>
  lookUp(language, key) ?? lookUp('en', key) ?? key;
