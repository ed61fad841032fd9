import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    language: {
      /** Marks the selection as written in `lang` (BCP 47, e.g. "en", "fr-SN"). */
      setLanguage: (lang: string) => ReturnType;
      unsetLanguage: () => ReturnType;
    };
  }
}

const languageTagPattern = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A BCP 47 tag in its usual case ("fr-SN"), or null when it is not one. */
export function normaliseLanguageTag(value: string | null | undefined): string | null {
  const tag = value?.trim() ?? '';
  if (!languageTagPattern.test(tag)) return null;
  const [primary = '', ...subtags] = tag.split('-');
  return [
    primary.toLowerCase(),
    ...subtags.map((subtag) => (subtag.length === 2 ? subtag.toUpperCase() : subtag)),
  ].join('-');
}

/**
 * A passage in another language than the article's (an English quotation in a French
 * article): spellcheck and typography follow it. Renders `<span lang="en">`.
 */
export const Language = Mark.create({
  name: 'language',

  addAttributes() {
    return {
      lang: {
        default: null,
        parseHTML: (element) => normaliseLanguageTag(element.getAttribute('lang')),
        renderHTML: (attributes: { lang?: string | null }) => ({ lang: attributes.lang }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'span[lang]',
        getAttrs: (element) =>
          normaliseLanguageTag(element.getAttribute('lang')) === null ? false : null,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setLanguage:
        (lang) =>
        ({ commands }) => {
          const tag = normaliseLanguageTag(lang);
          return tag === null ? false : commands.setMark(this.name, { lang: tag });
        },
      unsetLanguage:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
