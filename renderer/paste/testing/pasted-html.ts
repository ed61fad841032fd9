import type { JSONContent } from '@tiptap/core';
import type { TypographyProfile } from '../../../shared/text/typography-profile';
import { pastedHtmlFragment } from '../pasted-html';
import { documentFromFragment } from './pasted-document';

/** The sanitised paste as markup, for assertions on what survives (never parsed by the app). */
export const pastedHtml = (html: string, typography: TypographyProfile | null): string => {
  const holder = document.createElement('div');
  holder.appendChild(pastedHtmlFragment(html, typography));
  return holder.innerHTML;
};

/** What the editor's schema makes of a paste: the sanitised fragment parsed as is. */
export const pastedDocument = (html: string, typography: TypographyProfile | null): JSONContent =>
  documentFromFragment(pastedHtmlFragment(html, typography));
