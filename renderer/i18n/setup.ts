import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/model/settings';
import type { CatalogModules } from './catalog-resources';
import { catalogResources, namespacesOf } from './catalog-resources';

export const catalogModules: CatalogModules = import.meta.glob('./locales/*/*.json', {
  eager: true,
});

const resources = catalogResources(catalogModules);

/** Starts i18next with every catalog found; `common` is the default namespace. */
export async function setupI18n(language: UiLanguage): Promise<void> {
  if (i18next.isInitialized) {
    await applyLanguage(language);
    return;
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: namespacesOf(resources),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Switches every mounted component to the language and labels the document with it. */
export async function applyLanguage(language: UiLanguage): Promise<void> {
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export { i18next };
