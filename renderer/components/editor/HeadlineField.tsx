import type { KeyboardEvent } from 'react';

interface HeadlineFieldProps {
  value: string;
  label: string;
  placeholder: string;
  readOnly: boolean;
  autoFocus: boolean;
  onChange: (value: string) => void;
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
  onEnter,
}: HeadlineFieldProps) {
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
      onChange={(event) => onChange(event.target.value.replace(/[\r\n]+/g, ' '))}
      onKeyDown={onKeyDown}
    />
  );
}
