import type { Command } from './command';
import { parseArticleId } from './parse-article-id';
import { parseRole } from './parse-role';
import { parseStatus } from './parse-status';
import { withLibrary } from './with-library';

export const setStatusCommand: Command = {
  name: 'set-status',
  summary:
    'Change the status of an article as the workflow allows the role; recorded with who, role, when and a note.',
  arguments: 'ID STATUS',
  options: {
    note: { type: 'string' },
    by: { type: 'string' },
    role: { type: 'string' },
    'override-reason': { type: 'string' },
  },
  optionHelp: [
    '--note TEXT  a note kept with the change',
    '--by NAME    who makes the change (default: the settings author name, else the OS user)',
    '--role ROLE  reporter, editor or chief_editor (default: the settings role)',
    '--override-reason TEXT  approve or publish despite failed readiness checks (editors only; logged)',
  ],
  positionals: { min: 2, max: 2 },
  run: (context) => {
    const id = parseArticleId(context.positionals[0]!);
    const status = parseStatus(context.positionals[1]!);
    const note = typeof context.values.note === 'string' ? context.values.note : '';
    const by = typeof context.values.by === 'string' ? context.values.by : undefined;
    const reason = context.values['override-reason'];
    const override = typeof reason === 'string' ? { reason } : undefined;
    const role =
      typeof context.values.role === 'string'
        ? parseRole(context.values.role)
        : context.io.defaultRole();
    return withLibrary(context, { create: false }, (library) => {
      const before = library.get(id);
      const after = library.setStatus(
        { id, baseRevision: before.revision, status, note, ...(override ? { override } : {}) },
        { ...context.actor(by), role },
      );
      context.io.stdout(`${id}: ${before.status} -> ${after.status}\n`);
    });
  },
};
