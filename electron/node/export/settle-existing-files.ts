import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import { keptBothFileName } from '../../../shared/export/export-file-name';
import type { ExistingFiles } from '../../../shared/model/export-job';
import { missingCaseError } from '../../../shared/errors/missing-case';
import { existingExportFiles } from './existing-export-files';

/**
 * The names a batch writes in `folder`, given the files already there: `refuse` stops the
 * batch before anything is written, `keep-both` moves each new file to `name (2).ext`, `replace`
 * keeps the names (each replacement is still crash-safe).
 */
export const settleExistingFiles = (
  folder: string,
  fileNames: readonly string[],
  { extension, existing }: { extension: string; existing: ExistingFiles },
): string[] => {
  const exists = (name: string) => existsSync(path.join(folder, name));
  switch (existing) {
    case 'replace':
      return [...fileNames];
    case 'refuse': {
      const found = existingExportFiles(folder, fileNames);
      if (found.length === 0) return [...fileNames];
      throw new AppError(
        'conflict',
        `${found.length === 1 ? 'A file' : `${found.length} files`} of this export already ${found.length === 1 ? 'exists' : 'exist'} in ${folder} (${found.join(', ')}); nothing was written.`,
      );
    }
    case 'keep-both': {
      const taken = new Set(fileNames.map((name) => name.toLowerCase()));
      return fileNames.map((name) => {
        if (!exists(name)) return name;
        const kept = keptBothFileName(
          name,
          extension,
          (candidate) => exists(candidate) || taken.has(candidate.toLowerCase()),
        );
        taken.add(kept.toLowerCase());
        return kept;
      });
    }
    default:
      throw missingCaseError(existing);
  }
};
