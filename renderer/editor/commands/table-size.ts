/** How large a table the dialog offers: a news table, not a spreadsheet. */
export const tableSizeLimits = {
  rows: { min: 1, max: 100 },
  columns: { min: 1, max: 12 },
} as const;
