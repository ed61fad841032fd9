import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import i18next from 'i18next';
import type { FigureAttributes } from '../../shared/editor/nodes/figure';
import type { FieldEdit } from '../typography/field-typing';
import { assetDisplayUrl } from './asset-url';
import { createFigureFieldControl, figureFields, type FigureField } from './figure-field';

export interface FigureViewOptions {
  /** The token for asset URLs in browser mode; null under Electron. */
  assetToken: string | null;
  /** Typography as you type for the caption and the credit (the edit unchanged when off). */
  correctTyping: (previous: string, edit: FieldEdit) => FieldEdit;
}

const typographyFields: readonly FigureField[] = ['caption', 'credit'];

const translate = (key: string): string => i18next.t(key, { ns: 'figures' });

/**
 * The figure in the editor, in plain DOM (no framework node view): the picture, and inputs for
 * caption, credit and alt text that write straight into the node's attributes. A badge says when
 * one is missing, since all three are needed to publish.
 */
export function createFigureView(
  initialNode: ProseMirrorNode,
  view: EditorView,
  getPos: () => number | undefined,
  options: FigureViewOptions,
): NodeView {
  let node = initialNode;
  const dom = document.createElement('figure');
  dom.className = 'figure';
  dom.dataset.type = 'figure';
  const image = document.createElement('img');
  image.className = 'figure-image';
  const unavailable = document.createElement('p');
  unavailable.className = 'figure-unavailable';
  const fields = document.createElement('div');
  fields.className = 'figure-fields';
  const controls = figureFields.map(createFigureFieldControl);
  const warning = document.createElement('p');
  warning.className = 'figure-warning';
  fields.append(...controls.map((control) => control.label), warning);
  dom.append(image, unavailable, fields);

  const attributes = () => node.attrs as FigureAttributes;

  const relabel = () => {
    for (const control of controls) control.text.textContent = translate(`figure.${control.field}`);
    warning.textContent = translate('figure.missing');
    unavailable.textContent = translate('figure.unavailable');
    dom.setAttribute('aria-label', translate('figure.label'));
  };

  const render = () => {
    const { src, alt } = attributes();
    const url = assetDisplayUrl(src, options.assetToken);
    if (image.getAttribute('src') !== url) {
      if (url === '') image.removeAttribute('src');
      else image.setAttribute('src', url);
    }
    image.hidden = url === '';
    unavailable.hidden = url !== '';
    image.alt = alt;
    for (const { field, input } of controls) {
      const value = attributes()[field];
      if (input.value !== value) input.value = value;
      input.readOnly = !view.editable;
    }
    warning.hidden = figureFields.every((field) => attributes()[field].trim() !== '');
  };

  const write = (field: FigureField, value: string) => {
    const position = getPos();
    if (position === undefined || !view.editable || attributes()[field] === value) return;
    view.dispatch(view.state.tr.setNodeAttribute(position, field, value));
  };

  for (const { field, input } of controls) {
    input.addEventListener('input', (event) => {
      if (typographyFields.includes(field) && !event.isComposing) {
        const typed = { value: input.value, caret: input.selectionStart ?? input.value.length };
        const edit = options.correctTyping(attributes()[field], typed);
        if (edit.value !== typed.value) {
          input.value = edit.value;
          input.setSelectionRange(edit.caret, edit.caret);
        }
      }
      write(field, input.value);
    });
    input.addEventListener('focus', () => {
      input.readOnly = !view.editable;
      // Chromium starts a drag instead of selecting text inside a draggable element.
      dom.draggable = false;
    });
    input.addEventListener('blur', () => {
      dom.draggable = true;
    });
  }

  relabel();
  render();
  i18next.on('languageChanged', relabel);

  return {
    dom,
    update(next) {
      if (next.type !== node.type) return false;
      node = next;
      render();
      return true;
    },
    selectNode: () => dom.classList.add('ProseMirror-selectednode'),
    deselectNode: () => dom.classList.remove('ProseMirror-selectednode'),
    stopEvent: (event) => event.target instanceof Node && fields.contains(event.target),
    ignoreMutation: () => true,
    destroy: () => i18next.off('languageChanged', relabel),
  };
}
