/** What an override logged in a status note: the editor's reason and the checks it passed over. */
export interface LoggedOverride {
  reason: string;
  failed: string[];
}

const prefix = 'Override: ';
// The log stores one language-neutral line; the timeline translates it when it shows it.
const line = /^Override: (.*) \(failed: ([\w, ]*)\)$/u;

export const formatOverrideNote = (reason: string, failed: readonly string[]): string =>
  `${prefix}${reason} (failed: ${failed.join(', ')})`;

/** Splits a status note into the user's own note and the logged override, if any. */
export const parseOverrideNote = (
  note: string,
): { note: string; override: LoggedOverride | undefined } => {
  const lines = note.split('\n');
  const last = line.exec(lines.at(-1) ?? '');
  if (last === null) return { note, override: undefined };
  return {
    note: lines.slice(0, -1).join('\n'),
    override: { reason: last[1]!, failed: last[2]!.split(', ').filter((id) => id !== '') },
  };
};
