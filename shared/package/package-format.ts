/** The `format` every package manifest names, and the version this Copydesk writes and reads. */
export const packageFormat = 'copydesk-package';
export const packageFormatVersion = 1;
export const packageExtension = '.copydesk';

export const newerFormatMessage = (version: number): string =>
  `This package was made by a newer version of Copydesk (format ${version}); update Copydesk to open it.`;
