export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** The space each house puts before French punctuation and inside guillemets. */
export interface TypographyProfile {
  beforeHighPunctuation: string;
  beforeColon: string;
  insideGuillemets: string;
}

export const typographyProfiles = {
  'fr-FR': { beforeHighPunctuation: NNBSP, beforeColon: NBSP, insideGuillemets: NNBSP },
  'fr-FR-nnbsp': { beforeHighPunctuation: NNBSP, beforeColon: NNBSP, insideGuillemets: NNBSP },
  'fr-FR-nbsp': { beforeHighPunctuation: NBSP, beforeColon: NBSP, insideGuillemets: NBSP },
  'fr-CA': { beforeHighPunctuation: '', beforeColon: NBSP, insideGuillemets: NBSP },
} as const satisfies Record<string, TypographyProfile>;

export type TypographyProfileName = keyof typeof typographyProfiles;
