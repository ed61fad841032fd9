import type { IntakeWindow } from '../../shared/editor/intake/intake-dom';
import { intakeHtml } from '../../shared/editor/intake/intake-html';
import type { TypographyProfile } from '../../shared/text/typography-profile';
import { applyFrenchTypography } from './apply-french-typography';

/**
 * Pasted HTML through the one intake that import uses too, then French typography over the text
 * that is kept when asked (`typography` null otherwise). The fragment is what ProseMirror parses.
 */
export const pastedHtmlFragment = (
  html: string,
  typography: TypographyProfile | null,
  window: IntakeWindow = globalThis.window,
): DocumentFragment => {
  const fragment = intakeHtml(html, window) as unknown as DocumentFragment;
  if (typography !== null) applyFrenchTypography(fragment, typography);
  return fragment;
};
