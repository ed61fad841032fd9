import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from './command';
import { cliVersion } from './cli-version';
import { parseArticleId } from './parse-article-id';
import { parseRole } from './parse-role';
import { UsageError } from './usage-error';
import { withLibrary } from './with-library';

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export const packageCommand: Command = {
  name: 'package',
  summary:
    'Write an article as a .copydesk package (text, images, comments, suggestions, history) for review elsewhere; prints the file written.',
  arguments: 'ID',
  options: {
    out: { type: 'string' },
    by: { type: 'string' },
    role: { type: 'string' },
    to: { type: 'string' },
  },
  optionHelp: [
    '--out FILE   the package to write (a folder: <slug>.copydesk in it)',
    '--by NAME    who sends it (default: the settings author name, else the OS user)',
    '--role ROLE  reporter, editor or chief_editor (default: the settings role)',
    '--to NAME    who it is for: the version kept is named "Sent to NAME"',
  ],
  positionals: { min: 1, max: 1 },
  run: async (context) => {
    const id = parseArticleId(context.positionals[0]!);
    const { values } = context;
    const out = typeof values.out === 'string' ? values.out : '';
    if (out === '') throw new UsageError("'package' needs --out FILE");
    const by = typeof values.by === 'string' ? values.by : undefined;
    const role =
      typeof values.role === 'string' ? parseRole(values.role) : context.io.defaultRole();
    // Loaded on demand: the editor schema (Tiptap) is most of the CLI's start-up.
    const { sendPackage } = await import('../node/package/send-package');
    const { packageFileName } = await import('../node/package/package-file-name');
    const { sentVersionName } = await import('../node/package/sent-version-name');
    const to = typeof values.to === 'string' ? values.to : '';
    await withLibrary(context, { create: false }, async (library) => {
      const target = await sendPackage(library, id, {
        actor: { ...context.actor(by), role },
        appVersion: cliVersion(),
        now: new Date(),
        chooseTarget: (built) =>
          isFolder(out) ? join(resolve(out), packageFileName(built.slug)) : resolve(out),
        versionName: sentVersionName('en', to),
      });
      context.io.stdout(`${target}\n`);
    });
  },
};
