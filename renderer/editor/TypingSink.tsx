import { useLayoutEffect } from 'react';

let typed = '';

/** What was typed for the body before it was on screen; emptied by reading it. */
export const takeTypedAhead = (): string => {
  const text = typed;
  typed = '';
  return text;
};

/**
 * Enter on a row sends the caret to the article's body, but the body appears only once the
 * article's document has arrived. Meanwhile the focus waits here, so what is typed (keys and
 * composed characters alike) goes into the body when it appears instead of falling on the list.
 */
export function TypingSink({ label }: { label: string }) {
  // Before the first key can reach it: an effect after paint could empty what was typed.
  useLayoutEffect(() => {
    typed = '';
  }, []);
  return (
    <textarea
      className="visually-hidden"
      aria-label={label}
      // The writer asked for the body with Enter: the focus waits for it here.
      autoFocus
      onChange={(event) => {
        typed = event.target.value;
      }}
    />
  );
}
