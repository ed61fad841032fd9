import type { IntakeFragment, IntakeWindow } from './intake-dom';
import { readIntakeHtml } from './read-intake-html';
import { sanitiseIntake } from './sanitise-intake';
import { tidySanitisedHtml } from './tidy-sanitised-html';

/**
 * The one HTML intake, for paste and import alike: Office and web clean-ups, DOMPurify with the
 * one allowlist, then the structural tidy. The fragment goes straight to ProseMirror's DOM parser
 * (`DOMParser.fromSchema(schema).parse(fragment)`), never through a string again.
 */
export const intakeHtml = (html: string, window: IntakeWindow): IntakeFragment => {
  const fragment = sanitiseIntake(readIntakeHtml(html, window), window);
  tidySanitisedHtml(fragment);
  return fragment;
};
