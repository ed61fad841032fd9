import { statSync } from 'node:fs';
import type { Command } from './command';
import { importFolder } from './import-folder';
import { packageOutcomeText } from './package-outcome-text';
import type { ImportSource } from './read-import-file';
import { readImportFile } from './read-import-file';
import { withLibrary } from './with-library';

const isFolder = (path: string): boolean =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import text (.txt), Markdown (.md), HTML (.html) or Word (.docx) files, one new id per line; a .copydesk package prints its id and added, fast-forwarded, unchanged, local newer or conflict. A FOLDER is imported whole, by batches, with progress on stderr.',
  arguments: 'FILE... | FOLDER',
  options: {},
  optionHelp: [],
  positionals: { min: 1, max: Infinity },
  run: async (context) => {
    const [first] = context.positionals;
    if (context.positionals.length === 1 && first !== undefined && isFolder(first)) {
      await importFolder(context, first);
      return;
    }
    // Every file is read and checked before the library is touched: one bad file writes nothing.
    const sources: ImportSource[] = [];
    // Loaded on demand: the converters (Tiptap, jsdom, DOMPurify) load in the worker it starts.
    const { createImporter } = await import('../node/import/worker/create-importer');
    const importer = createImporter();
    try {
      for (const file of context.positionals) sources.push(await readImportFile(file, importer));
    } finally {
      await importer.close();
    }
    const { mergeReceivedPackage } = await import('../node/package/import-package');
    await withLibrary(context, { create: false }, (library) => {
      const actor = context.actor(undefined);
      for (const source of sources) {
        if ('draft' in source) {
          context.io.stdout(`${library.create(source.draft, actor, 'import').id}\n`);
          continue;
        }
        const { article, outcome, restoredFromTrash } = mergeReceivedPackage(
          library,
          source.received,
          actor,
        );
        const restored = restoredFromTrash ? ' (restored from the trash)' : '';
        context.io.stdout(`${article.id} ${packageOutcomeText(outcome)}${restored}\n`);
      }
    });
  },
};
