import type { UiLanguage } from '../../../shared/model/settings';

export interface ConflictVersionNames {
  local: string;
  received: string;
  /** The two revisions a merge keeps: this library's version just before it, and the result. */
  beforeMerge: string;
  afterMerge: string;
  /** The library's version kept when a package updates the article (no conflict). */
  beforeImport: string;
}

const day = (language: UiLanguage, isoDate: string): string =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(isoDate));

/** The names of the revisions a conflicting or merged package leaves, in the receiver's language. */
export const conflictVersionNames = (
  language: UiLanguage,
  from: { name: string; createdAt: string },
): ConflictVersionNames => {
  const sender = from.name.trim();
  const date = day(language, from.createdAt);
  return language === 'fr'
    ? {
        local: 'Version de cette bibliothèque avant l’import',
        received: `Reçue de ${sender || 'un auteur inconnu'} (paquet du ${date})`,
        beforeMerge: 'Version de cette bibliothèque avant la fusion',
        afterMerge: `Fusionnée avec la version de ${sender || 'un auteur inconnu'} (paquet du ${date})`,
        beforeImport: `Avant import du paquet de ${sender || 'un auteur inconnu'}`,
      }
    : {
        local: "This library's version before the import",
        received: `Received from ${sender || 'an unknown author'} (package of ${date})`,
        beforeMerge: "This library's version before the merge",
        afterMerge: `Merged with ${sender || 'an unknown author'}'s version (package of ${date})`,
        beforeImport: `Before import of the package from ${sender || 'an unknown author'}`,
      };
};
