/** `copydesk-export-<YYYY-MM-DD>.xml`: the one WXR file of a batch, dated by its start. */
export const wxrFileName = (startedAt: string): string =>
  `copydesk-export-${startedAt.slice(0, 10)}.xml`;
