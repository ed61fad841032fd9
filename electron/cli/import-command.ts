import type { ArticleDraft } from '../../shared/ipc/contract';
import type { Command } from './command';
import { withLibrary } from './with-library';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import text (.txt), Markdown (.md), HTML (.html) or Word (.docx) files; prints one new id per line.',
  arguments: 'FILE...',
  options: {},
  optionHelp: [],
  positionals: { min: 1, max: Infinity },
  run: async (context) => {
    // Loaded on demand: the converters (Tiptap, jsdom, DOMPurify) are most of the CLI's start-up.
    const { importFile } = await import('../services/import/import-file');
    // Every file is read and converted before the library is touched: one bad file writes nothing.
    const drafts: ArticleDraft[] = [];
    for (const file of context.positionals) drafts.push(await importFile(file));
    await withLibrary(context, { create: false }, (library) => {
      const actor = context.actor(undefined);
      for (const draft of drafts) {
        context.io.stdout(`${library.create(draft, actor, 'import').id}\n`);
      }
    });
  },
};
