const channel = (hex: string) => {
  const value = parseInt(hex, 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** Black or white, whichever reads better on `background` (`#rrggbb`, another desk's choice). */
export const readableTextColour = (background: string): '#000000' | '#ffffff' => {
  const luminance =
    0.2126 * channel(background.slice(1, 3)) +
    0.7152 * channel(background.slice(3, 5)) +
    0.0722 * channel(background.slice(5, 7));
  // White wins while its contrast (1.05 / (L + 0.05)) beats black's ((L + 0.05) / 0.05).
  return luminance > 0.179 ? '#000000' : '#ffffff';
};
