import type { UiLanguage } from '../../../shared/model/settings';

/** The name of the version kept when a package is sent: the file it went out as. */
export const sentVersionName = (language: UiLanguage, fileName: string): string =>
  language === 'fr' ? `Envoyé pour relecture (${fileName})` : `Sent for review (${fileName})`;
