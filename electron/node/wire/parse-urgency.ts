/** An agency urgency or priority as 1–9 (0 for flash), null when not one. */
export const parseUrgency = (text: string | null | undefined): number | null => {
  const value = Number.parseInt((text ?? '').trim(), 10);
  return Number.isInteger(value) && value >= 0 && value <= 9 ? value : null;
};
