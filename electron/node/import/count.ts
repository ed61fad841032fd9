/** A count as messages show it: 5,000. */
export const count = (value: number): string => value.toLocaleString('en-US');
