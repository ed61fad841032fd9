/** The figure attributes a writer fills in beside the picture. */
export const figureFields = ['caption', 'credit', 'alt'] as const;
export type FigureField = (typeof figureFields)[number];

export interface FigureFieldControl {
  field: FigureField;
  label: HTMLLabelElement;
  text: HTMLSpanElement;
  input: HTMLInputElement;
}

/** `<label><span>Caption</span><input></label>`: the visible text is the input's accessible name. */
export const createFigureFieldControl = (field: FigureField): FigureFieldControl => {
  const label = document.createElement('label');
  label.className = `figure-field figure-field-${field}`;
  const text = document.createElement('span');
  text.className = 'figure-field-label';
  const input = document.createElement('input');
  input.type = 'text';
  input.spellcheck = field !== 'credit';
  input.dataset.field = field;
  label.append(text, input);
  return { field, label, text, input };
};
