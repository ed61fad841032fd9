import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n/catalogs';
import { namespacesOf } from '../../shared/i18n/namespaces-of';
import type { UiLanguage } from '../../shared/model/settings';
import { rememberLanguage } from './remembered-language';

/** Starts i18next with every shared catalog; `common` is the default namespace. */
export async function setupI18n(language: UiLanguage): Promise<void> {
  if (i18next.isInitialized) {
    await applyLanguage(language);
    return;
  }
  await i18next.use(initReactI18next).init({
    resources: catalogs,
    lng: language,
    fallbackLng: 'en',
    ns: namespacesOf(catalogs),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Switches every mounted component to the language and labels the document with it. */
export async function applyLanguage(language: UiLanguage): Promise<void> {
  document.documentElement.lang = language;
  rememberLanguage(globalThis.localStorage, language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export { i18next };
