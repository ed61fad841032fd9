import type { IntakeElement } from './intake-dom';

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const isAtMostOnePixel = (value: string | null): boolean =>
  value !== null && value.trim() !== '' && Number.parseFloat(value) <= 1;

/** A 1×1 or hidden image: a tracker, never content. */
export const isTrackingPixel = (image: IntakeElement): boolean =>
  isAtMostOnePixel(image.getAttribute('width')) ||
  isAtMostOnePixel(image.getAttribute('height')) ||
  hiddenStyle.test(image.getAttribute('style') ?? '');
