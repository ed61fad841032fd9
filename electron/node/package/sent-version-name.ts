import type { UiLanguage } from '../../../shared/model/settings';

/**
 * The name of the version kept when a package is sent, in the sender's language: "Sent to Awa
 * Diop" / « Envoyé à Awa Diop », or "Sent for review" when the user named no one.
 */
export const sentVersionName = (language: UiLanguage, recipient: string): string => {
  const name = recipient.trim();
  if (language === 'fr') return name ? `Envoyé à ${name}` : 'Envoyé pour relecture';
  return name ? `Sent to ${name}` : 'Sent for review';
};
