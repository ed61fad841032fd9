import type { Extensions } from '@tiptap/core';
import { houseTypographyProfile, typographyEnabled } from './article-typography';
import { FrenchTypographyInput } from './french-typography-input';

/** French typography as you type, for the body editor. */
export const createWritingAidExtensions = (): Extensions => [
  FrenchTypographyInput.configure({ enabled: typographyEnabled, profile: houseTypographyProfile }),
];
