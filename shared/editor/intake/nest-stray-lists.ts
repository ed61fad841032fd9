import type { IntakeParent } from './intake-dom';
import { elementsOf } from './move-children';

/**
 * Google Docs puts a nested list directly inside its parent list (`<ul><li>…</li><ul>…</ul>`):
 * move it into the item before it, where HTML and the schema expect it.
 */
export const nestStrayLists = (root: IntakeParent): void => {
  elementsOf(root, ':is(ul, ol) > :is(ul, ol)').forEach((list) => {
    const previous = list.previousElementSibling;
    if (previous?.localName === 'li') {
      previous.appendChild(list);
      return;
    }
    const item = list.ownerDocument.createElement('li');
    list.replaceWith(item);
    item.appendChild(list);
  });
};
