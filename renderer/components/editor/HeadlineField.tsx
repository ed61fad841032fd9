import type { KeyboardEvent } from 'react';
import { useFieldTypography } from '../../typography/use-field-typography';

interface HeadlineFieldProps {
  value: string;
  label: string;
  placeholder: string;
  readOnly: boolean;
  autoFocus: boolean;
  onChange: (value: string) => void;
  /** Focus entering (true) or leaving (false) the field: others see where this person types. */
  onFocusChange?: (focused: boolean) => void;
  /** Enter leaves the headline for the body (a headline is one paragraph). */
  onEnter: () => void;
}

export function HeadlineField({
  value,
  label,
  placeholder,
  readOnly,
  autoFocus,
  onChange,
  onFocusChange,
  onEnter,
}: HeadlineFieldProps) {
  const change = useFieldTypography(value, (typed) => onChange(typed.replace(/[\r\n]+/g, ' ')));
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter();
  };
  return (
    <textarea
      className="headline-field"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      rows={1}
      maxLength={500}
      readOnly={readOnly}
      autoFocus={autoFocus}
      spellCheck
      onChange={change}
      onFocus={() => onFocusChange?.(true)}
      onBlur={() => onFocusChange?.(false)}
      onKeyDown={onKeyDown}
    />
  );
}
