import { appendLinkedText } from './link-text-urls';
import { plainTextBlocks } from './plain-text-blocks';

/**
 * Builds the DOM for a plain-text paste: one `<p>` per block, `<br>` between its lines, policy
 * URLs as links. The text is only ever put in text nodes, so `<script>` typed in a message
 * stays visible text.
 */
export const plainTextToFragment = (text: string, document: Document): DocumentFragment => {
  const fragment = document.createDocumentFragment();
  for (const lines of plainTextBlocks(text)) {
    const paragraph = document.createElement('p');
    lines.forEach((line, index) => {
      if (index > 0) paragraph.appendChild(document.createElement('br'));
      appendLinkedText(paragraph, line);
    });
    fragment.appendChild(paragraph);
  }
  return fragment;
};
