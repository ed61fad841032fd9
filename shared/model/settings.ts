import { z } from 'zod';

export const uiLanguages = ['fr', 'en'] as const;
export const UiLanguage = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const Settings = z.object({
  authorName: z.string().trim().max(200),
  uiLanguage: UiLanguage,
  theme: Theme,
  lastLibrary: z.string().nullable(),
  recentLibraries: z.array(z.string()).max(10),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultUiLanguage = (locale: string): UiLanguage =>
  locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';

export const defaultSettings = (locale: string): Settings => ({
  authorName: '',
  uiLanguage: defaultUiLanguage(locale),
  theme: 'system',
  lastLibrary: null,
  recentLibraries: [],
});
