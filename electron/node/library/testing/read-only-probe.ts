import { AppError } from '../../../../shared/errors/error-code';
import { openLibrary } from '../open-library';

/**
 * Child-process script (run with `node --import tsx`): opens the library in argv[2], reads it,
 * tries to save, and prints what happened as JSON. Lets a root test run as an unprivileged user,
 * for whom a read-only folder really is read-only.
 */
const folder = process.argv[2] ?? '';
const library = openLibrary(folder, { create: false });
let saveError: string | null = null;
try {
  library.create({ headline: 'Refusé' }, { name: 'Test' });
} catch (error) {
  saveError = error instanceof AppError ? error.code : String(error);
}
const result = {
  info: library.info(),
  headlines: library.list({}).items.map((item) => item.headline),
  found: library.list({ text: 'lecture' }).total,
  saveError,
};
library.close();
process.stdout.write(JSON.stringify(result));
