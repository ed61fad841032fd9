import { Extension, InputRule } from '@tiptap/core';
import type { TypographyProfile } from '../../shared/text/typography-profile';
import { typographyProfiles } from '../../shared/text/typography-profile';
import type { TextChange } from './text-changes';
import { applyChanges } from './typography-transaction';
import { typingCorrection } from './typing-correction';

export interface FrenchTypographyInputOptions {
  /** Read on every keystroke: the article is French and its typography switch is on. */
  enabled: () => boolean;
  profile: () => TypographyProfile;
}

/**
 * French typography as you type (U+202F before ? ! ;, « » for ", ’, …, en dashes in ranges),
 * through Tiptap's input rules: never in code, one undo step, and Backspace right after
 * the correction takes it back, leaving what was typed.
 */
export const FrenchTypographyInput = Extension.create<FrenchTypographyInputOptions>({
  name: 'frenchTypographyInput',

  addOptions() {
    return { enabled: () => false, profile: () => typographyProfiles['fr-FR'] };
  },

  addInputRules() {
    const { options } = this;
    return [
      new InputRule({
        find: (textBefore) => {
          if (!options.enabled()) return null;
          const correction = typingCorrection(textBefore, options.profile());
          if (!correction) return null;
          return {
            index: correction.index,
            text: textBefore.slice(correction.index),
            data: { changes: correction.changes },
          };
        },
        handler: ({ state, range, match }) => {
          const changes = match.data?.changes as TextChange[] | undefined;
          if (!changes) return null;
          const typedFrom = state.selection.from;
          const typed = match[0].slice(typedFrom - range.from);
          // Enter and composition end run the rules with nothing typed: they must keep their effect.
          if (typed === '') return null;
          state.tr.insertText(typed, typedFrom, range.to);
          applyChanges(state.tr, range.from, changes);
        },
      }),
    ];
  },
});
