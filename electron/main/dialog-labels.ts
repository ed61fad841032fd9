import type { Catalog } from '../../shared/i18n/catalogs';
import { catalogs } from '../../shared/i18n/catalogs';
import type { UiLanguage } from '../../shared/model/settings';

export type DialogLabels = Catalog['dialogs'];

/** The native dialogs' words, from the shared catalogs (`dialogs` namespace). */
export const dialogLabels: Record<UiLanguage, DialogLabels> = {
  en: catalogs.en.dialogs,
  fr: catalogs.fr.dialogs,
};
