import type { ChangeEvent } from 'react';
import { useLayoutEffect, useRef } from 'react';
import { articleFieldTyping } from './article-typography';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * French typography as you type for a controlled headline or standfirst field: corrects the
 * value before it reaches `onChange`, then puts the caret back after the corrected word.
 */
export function useFieldTypography(value: string, onChange: (value: string) => void) {
  const caret = useRef<number | null>(null);
  const element = useRef<TextElement | null>(null);
  useLayoutEffect(() => {
    if (caret.current === null || element.current === null) return;
    element.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  return (event: ChangeEvent<TextElement>) => {
    const target = event.target;
    const typed = { value: target.value, caret: target.selectionStart ?? target.value.length };
    const composing = (event.nativeEvent as InputEvent).isComposing === true;
    const edit = composing ? typed : articleFieldTyping(value, typed);
    if (edit.value !== typed.value) {
      element.current = target;
      caret.current = edit.caret;
    }
    onChange(edit.value);
  };
}
