import type { PluginView } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import i18next from 'i18next';

/**
 * A plain-DOM "Insert image" button placed just before the body, kept there across the
 * editor's remounts, disabled while the body is read-only.
 */
export function createInsertImageButton(view: EditorView, onClick: () => void): PluginView {
  const bar = document.createElement('div');
  bar.className = 'figure-insert-bar';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'figure-insert-button';
  bar.append(button);
  const relabel = () => {
    button.textContent = i18next.t('insertImage', { ns: 'figures' });
  };
  const place = () => {
    if (bar.nextSibling !== view.dom) view.dom.parentNode?.insertBefore(bar, view.dom);
    button.disabled = !view.editable;
  };
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', onClick);
  relabel();
  place();
  i18next.on('languageChanged', relabel);
  return {
    update: place,
    destroy: () => {
      i18next.off('languageChanged', relabel);
      bar.remove();
    },
  };
}
