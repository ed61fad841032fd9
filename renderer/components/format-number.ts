const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: string): string {
  let cached = formatters.get(language);
  if (!cached) {
    cached = new Intl.NumberFormat(language);
    formatters.set(language, cached);
  }
  return cached.format(value);
}
