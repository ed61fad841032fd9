import { isFrench } from '../../shared/text/reading-time';
import type { TypographyProfile } from '../../shared/text/typography-profile';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { correctFieldTyping, type FieldEdit } from './field-typing';

/** French typography applies to an article in French whose switch is on. */
export const typographyEnabled = (): boolean => {
  const article = useEditorSession.getState().article;
  return article !== null && article.typography && isFrench(article.language);
};

/** The house profile from the settings (fr-FR until they are loaded). */
export const houseTypographyProfile = (): TypographyProfile =>
  typographyProfiles[useSettingsStore.getState().settings?.typographyProfile ?? 'fr-FR'];

/** The article's typography as you type, for a field outside the body (or the edit untouched). */
export const articleFieldTyping = (previous: string, edit: FieldEdit): FieldEdit =>
  typographyEnabled() ? correctFieldTyping(previous, edit, houseTypographyProfile()) : edit;
