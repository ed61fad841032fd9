import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabelledSelect } from './LabelledSelect';
import { TextField } from './TextField';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const render = (element: React.ReactNode): HTMLElement => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(element));
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  return host;
};

const describedText = (control: Element): string =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('TextField', () => {
  it('names the field by its label, hidden or not, and announces hint and error with it', () => {
    const host = render(
      <TextField
        label="Autre langue"
        hideLabel
        value="fr_SN"
        maxLength={35}
        hint="Une étiquette BCP 47."
        error="Étiquette de langue non valable."
        onChange={() => undefined}
      />,
    );
    const input = host.querySelector('input')!;
    expect(input.labels?.[0]?.textContent).toBe('Autre langue');
    expect(input.labels?.[0]?.className).toBe('visually-hidden');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toBe('Une étiquette BCP 47. | Étiquette de langue non valable.');
  });

  it('commits on Enter and leaves a valid field unmarked', () => {
    const onEnter = vi.fn();
    const host = render(
      <TextField
        label="Nom"
        value="Awa"
        maxLength={200}
        onChange={() => undefined}
        onEnter={onEnter}
      />,
    );
    const input = host.querySelector('input')!;
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onEnter).toHaveBeenCalledOnce();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('LabelledSelect', () => {
  it('offers grouped choices after the plain ones, skips empty groups, and can be disabled', () => {
    const host = render(
      <LabelledSelect
        label="Statut"
        value="draft"
        options={[{ value: 'draft', label: 'Brouillon' }]}
        groups={[
          { label: 'Actions', options: [{ value: 'submitted', label: 'Soumettre' }] },
          { label: 'Vide', options: [] },
        ]}
        disabled
        onChange={() => undefined}
      >
        <p className="companion">Note</p>
      </LabelledSelect>,
    );
    const select = host.querySelector('select')!;
    expect(select.labels?.[0]?.textContent).toBe('Statut');
    expect(select.disabled).toBe(true);
    expect([...host.querySelectorAll('optgroup')].map((group) => group.label)).toEqual(['Actions']);
    expect([...select.options].map((option) => option.value)).toEqual(['draft', 'submitted']);
    expect(host.querySelector('.field .companion')?.textContent).toBe('Note');
  });
});
