import { formatByteSize } from '../../shared/text/format-byte-size';
import type { Command } from './command';
import { withLibrary } from './with-library';

export const compactCommand: Command = {
  name: 'compact',
  summary:
    'Back up the library beside it, rewrite old rows compactly and rebuild the file; prints the size before and after.',
  arguments: '',
  options: { json: { type: 'boolean' } },
  optionHelp: ['--json  print a JSON object'],
  positionals: { min: 0, max: 0 },
  run: (context) =>
    withLibrary(context, { create: false }, async (library) => {
      const report = await library.compact();
      if (context.values.json) {
        context.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const saved = report.bytesBefore === 0 ? 0 : 1 - report.bytesAfter / report.bytesBefore;
      context.io.stdout(
        `library  ${formatByteSize(report.bytesBefore, 'en')} → ${formatByteSize(report.bytesAfter, 'en')} (${Math.round(saved * 100)}% smaller)\n` +
          `backup   ${report.backup}\n`,
      );
    }),
};
