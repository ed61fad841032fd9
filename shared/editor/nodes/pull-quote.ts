import { mergeAttributes, Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      setPullQuote: (attributes?: { attribution?: string }) => ReturnType;
      togglePullQuote: (attributes?: { attribution?: string }) => ReturnType;
      unsetPullQuote: () => ReturnType;
    };
  }
}

const attributionOf = (element: HTMLElement): string =>
  Array.from(element.children).find((child) => child.tagName === 'CITE')?.textContent ?? '';

const quotationOf = (element: HTMLElement): HTMLElement =>
  element.querySelector<HTMLElement>(':scope > blockquote') ?? element;

/**
 * A displayed quotation with an optional attribution. Content is `paragraph+` rather than
 * `inline*`: quotes can span paragraphs, and it maps onto `<blockquote><p>` and Markdown `>`.
 */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      attribution: {
        default: '',
        rendered: false,
        parseHTML: (element) => attributionOf(element),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'aside[data-type="pull-quote"]', contentElement: quotationOf }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attribution = String(node.attrs.attribution ?? '');
    const aside = mergeAttributes(HTMLAttributes, {
      class: 'pull-quote',
      'data-type': 'pull-quote',
    });
    return attribution === ''
      ? ['aside', aside, ['blockquote', 0]]
      : ['aside', aside, ['blockquote', 0], ['cite', {}, attribution]];
  },

  addCommands() {
    return {
      setPullQuote:
        (attributes) =>
        ({ commands }) =>
          commands.wrapIn(this.name, attributes),
      togglePullQuote:
        (attributes) =>
        ({ commands }) =>
          commands.toggleWrap(this.name, attributes),
      unsetPullQuote:
        () =>
        ({ commands }) =>
          commands.lift(this.name),
    };
  },
});
