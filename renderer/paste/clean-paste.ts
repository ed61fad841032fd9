import { Extension } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { typographyProfiles, type TypographyProfile } from '../../shared/text/typography-profile';
import { applyFrenchTypography } from './apply-french-typography';
import { pastedHtmlFragment } from './pasted-html';
import { PastedHtmlParser } from './pasted-html-parser';
import { plainTextToFragment } from './plain-text-to-html';

export interface CleanPasteOptions {
  /** Whether the article is French: read at each paste, since the language can change. */
  frenchTypography: () => boolean;
  /** The house typography profile (default fr-FR). */
  typographyProfile: () => TypographyProfile;
}

export const cleanPastePluginKey = new PluginKey('cleanPaste');

/**
 * Clean paste: HTML goes through the one intake shared with import (Office mapping, DOMPurify,
 * the schema allowlist) and its sanitised fragment straight to the schema's parser; plain text becomes paragraphs and line breaks with policy-checked links, and
 * French typography is applied to the pasted text when `frenchTypography()` is true.
 */
export const CleanPaste = Extension.create<CleanPasteOptions>({
  name: 'cleanPaste',

  addOptions() {
    return {
      frenchTypography: () => false,
      typographyProfile: () => typographyProfiles['fr-FR'],
    };
  },

  addProseMirrorPlugins() {
    const typography = (): TypographyProfile | null =>
      this.options.frenchTypography() ? this.options.typographyProfile() : null;
    const clipboardParser = new PastedHtmlParser(this.editor.schema);
    return [
      new Plugin({
        key: cleanPastePluginKey,
        props: {
          transformPastedHTML: (html) => {
            clipboardParser.take(pastedHtmlFragment(html, typography()));
            return '';
          },
          clipboardParser,
          clipboardTextParser: (text, $context, _plain, view) => {
            const container = document.implementation.createHTMLDocument('').body;
            container.appendChild(plainTextToFragment(text, container.ownerDocument));
            const profile = typography();
            if (profile !== null) applyFrenchTypography(container, profile);
            return ProseMirrorDOMParser.fromSchema(view.state.schema).parseSlice(container, {
              preserveWhitespace: true,
              context: $context,
            });
          },
        },
      }),
    ];
  },
});
