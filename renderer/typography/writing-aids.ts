import type { Extensions } from '@tiptap/core';
import { BodyEditorTracker } from '../state/body-editor';
import { houseTypographyProfile, typographyEnabled } from './article-typography';
import { FrenchTypographyInput } from './french-typography-input';

/** What the body editor needs for counts, Fix typography and French typography as you type. */
export const createWritingAidExtensions = (): Extensions => [
  FrenchTypographyInput.configure({ enabled: typographyEnabled, profile: houseTypographyProfile }),
  BodyEditorTracker,
];
