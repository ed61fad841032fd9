// Only what the schema reads from inline styles (bold, italic, underline, strike); never a url().
const keptProperties = new Set([
  'font-weight',
  'font-style',
  'text-decoration',
  'text-decoration-line',
]);
const safeValue = /^[a-z0-9 -]{1,40}$/i;

/** An inline style reduced to the declarations the editor understands; '' when none is left. */
export const cleanStyle = (style: string): string =>
  style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 0) return null;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim();
      return keptProperties.has(property) && safeValue.test(value) ? `${property}: ${value}` : null;
    })
    .filter((declaration): declaration is string => declaration !== null)
    .join('; ');
