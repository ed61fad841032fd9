import { JSDOM } from 'jsdom';
import type { IntakeFragment, IntakeWindow } from '../../../shared/editor/intake/intake-dom';
import { readIntakeHtml } from '../../../shared/editor/intake/read-intake-html';
import { sanitiseIntake } from '../../../shared/editor/intake/sanitise-intake';

let shared: IntakeWindow | undefined;

// One jsdom window (never happy-dom: DOMPurify sanitises nothing there), created on first use.
const importWindow = (): IntakeWindow => {
  shared ??= new JSDOM('').window as unknown as IntakeWindow;
  return shared;
};

/**
 * Untrusted HTML as a sanitised DOM fragment, through the one intake that paste uses too (Office
 * clean-ups, then DOMPurify with the shared allowlist); `fragmentToDocument` finishes it.
 */
export const sanitizeHtml = (html: string): IntakeFragment => {
  const window = importWindow();
  return sanitiseIntake(readIntakeHtml(html, window), window);
};

/** The document's `<title>` as text (the page is parsed inert: no scripts, no loads). */
export const htmlTitle = (html: string): string =>
  new (importWindow().DOMParser)().parseFromString(html, 'text/html').title;
