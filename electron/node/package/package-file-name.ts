import { safeFileName } from '../../../shared/export/safe-file-name';
import { packageExtension } from '../../../shared/package/package-format';

/** `<slug>.copydesk`, safe on every file system. */
export const packageFileName = (slug: string): string => safeFileName(slug, packageExtension);
