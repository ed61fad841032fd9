import { basename } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import type { ImportOutcome } from '../../../shared/model/import-files';
import type { ImportedDraft } from '../../node/import/imported-draft';
import type { Importer } from '../../node/import/worker/create-importer';
import { createImporter } from '../../node/import/worker/create-importer';
import type { HandlerTable } from '../dispatch';
import type { Library } from '../../node/library/library';
import { importPackage } from '../../node/package/import-package';
import { fileHead, isPackageFile, readPackageFile } from '../../node/package/package-file';
import { signedActor } from './signed-actor';
import type { HostContext } from './host-context';

type ImportHandlers = Pick<HandlerTable, 'import:files' | 'import:choose'>;

interface PendingFile {
  name: string;
  /** Converts the file in the importer's worker (bounded in time and memory). */
  read: (importer: Importer) => Promise<ImportedDraft>;
  /** Set for a `.copydesk` package: its bytes, merged by the package importer instead. */
  readPackage?: () => Uint8Array;
}

const writableLibrary = (context: HostContext): Library => {
  const library = context.session.current();
  const { readOnly, readOnlyReason } = library.info();
  if (readOnly) {
    throw new AppError('read_only', readOnlyReason ?? 'The library cannot be written to.');
  }
  return library;
};

const failureMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** One article per file, in order; a file that cannot be imported is reported, not fatal. */
const importEach = async (context: HostContext, files: PendingFile[]): Promise<ImportOutcome> => {
  const library = writableLibrary(context);
  const actor = signedActor(context);
  const outcome: ImportOutcome = { created: [], failed: [], packages: [] };
  const importer = createImporter();
  try {
    for (const file of files) {
      try {
        if (file.readPackage !== undefined) {
          const {
            article,
            outcome: result,
            restoredFromTrash,
            heldMoves,
            untrustedKeys,
          } = importPackage(library, file.readPackage(), actor, context.settings.get().uiLanguage);
          outcome.packages.push({
            id: article.id,
            headline: article.headline,
            outcome: result,
            restoredFromTrash,
            heldMoves,
            untrustedKeys,
          });
          continue;
        }
        const article = library.create(await file.read(importer), actor, 'import');
        outcome.created.push({ id: article.id, headline: article.headline });
      } catch (error) {
        outcome.failed.push({ name: file.name, message: failureMessage(error) });
      }
    }
  } finally {
    await importer.close();
  }
  return outcome;
};

export const createImportHandlers = (context: HostContext): ImportHandlers => ({
  'import:files': ({ files }) =>
    importEach(
      context,
      files.map(({ name, dataBase64 }) => {
        const bytes = Buffer.from(dataBase64, 'base64');
        return {
          name: basename(name),
          read: (importer) => importer.convert({ name: basename(name), bytes }),
          ...(isPackageFile(name, bytes) ? { readPackage: () => bytes } : {}),
        };
      }),
    ),
  'import:choose': async () => {
    writableLibrary(context);
    const paths = await context.dialogs.chooseFiles('import');
    if (paths === null) return null;
    return importEach(
      context,
      paths.map((path) => ({
        name: basename(path),
        read: (importer) => importer.convert({ path }),
        ...(isPackageFile(path, fileHead(path))
          ? { readPackage: () => readPackageFile(path) }
          : {}),
      })),
    );
  },
});
