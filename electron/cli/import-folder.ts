import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleDraft } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/error-code';
import type { CommandContext } from './command';
import { withLibrary } from './with-library';

const articleExtensions = new Set(['.md', '.markdown', '.txt', '.html', '.htm', '.docx']);
/** Files converted before a write: one transaction (one sync) per batch, memory bounded by it. */
const batchSize = 200;

/** A symbolic link counts when it leads to a file; linked folders are not followed (no loops). */
const isFile = async (entry: Dirent, path: string): Promise<boolean> =>
  entry.isFile() ||
  (entry.isSymbolicLink() &&
    (await stat(path).then(
      (target) => target.isFile(),
      () => false,
    )));

/** The article files under `folder`, read one directory entry at a time (never listed whole). */
async function* articleFiles(folder: string): AsyncGenerator<string> {
  for await (const entry of await opendir(folder)) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* articleFiles(path);
    else if (
      articleExtensions.has(extname(entry.name).toLowerCase()) &&
      (await isFile(entry, path))
    )
      yield path;
  }
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `copydesk import FOLDER`: every text, Markdown, HTML and Word file under the folder, streamed
 * and written by batches of 200 in one transaction each, ids on stdout and progress on stderr.
 * A file that cannot be converted is named and skipped; the import then ends with an error.
 */
export const importFolder = async (context: CommandContext, folder: string): Promise<void> => {
  // Loaded on demand: the converters (Tiptap, jsdom, DOMPurify) load in the worker it starts.
  const { createImporter } = await import('../node/import/worker/create-importer');
  const importer = createImporter();
  let imported = 0;
  let skipped = 0;
  try {
    await withLibrary(context, { create: false }, async (library) => {
      const actor = context.actor(undefined);
      let batch: ArticleDraft[] = [];
      const write = (): void => {
        for (const article of library.createMany(batch, actor, 'import'))
          context.io.stdout(`${article.id}\n`);
        imported += batch.length;
        batch = [];
        context.io.stderr(`${imported} articles imported…\n`);
      };
      for await (const file of articleFiles(folder)) {
        try {
          batch.push(await importer.convert({ path: file }));
        } catch (error) {
          skipped += 1;
          context.io.stderr(`copydesk: skipped ${file}: ${reason(error)}\n`);
        }
        if (batch.length === batchSize) write();
      }
      if (batch.length > 0) write();
    });
  } finally {
    await importer.close();
  }
  if (skipped > 0) {
    throw new AppError(
      'invalid',
      `${skipped} files could not be imported (named above); the other ${imported} were.`,
    );
  }
  context.io.stderr(`${imported} articles imported from ${folder}.\n`);
};
