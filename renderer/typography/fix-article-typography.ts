import type { Editor } from '@tiptap/core';
import { fixFrenchTypography } from '../../shared/text/french-typography';
import type { TypographyProfile } from '../../shared/text/typography-profile';
import { textChanges } from './text-changes';
import { typographyTransaction } from './typography-transaction';

/** The article's text fields outside the body, read and written through the editor session. */
export interface TextFieldsPort {
  get(name: 'headline' | 'standfirst'): string;
  set(name: 'headline' | 'standfirst', value: string): void;
}

/**
 * "Fix typography": over the selection, or over the whole article (headline and standfirst
 * included) when nothing is selected; the body changes are one undo step. Returns the number of
 * corrections. Running it twice changes nothing the second time.
 */
export const fixArticleTypography = (
  editor: Editor,
  profile: TypographyProfile,
  fields: TextFieldsPort,
): number => {
  const { selection } = editor.state;
  const range = selection.empty ? undefined : { from: selection.from, to: selection.to };
  const { transaction, corrections } = typographyTransaction(editor.state, profile, range);
  if (corrections > 0) editor.view.dispatch(transaction.setMeta('frenchTypography', 'fix'));
  if (range) return corrections;
  let fieldCorrections = 0;
  for (const name of ['headline', 'standfirst'] as const) {
    const text = fields.get(name);
    const fixed = fixFrenchTypography(text, profile);
    if (fixed === text) continue;
    fieldCorrections += textChanges(text, fixed).length;
    fields.set(name, fixed);
  }
  return corrections + fieldCorrections;
};
