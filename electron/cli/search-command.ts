import type { Command } from './command';
import { allSummaries } from './all-summaries';
import { highlightSnippet } from './highlight-snippet';
import { terminalText } from './terminal-text';
import { withLibrary } from './with-library';

const maxResults = 1_000;

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search headlines, standfirsts, bodies, bylines and tags ("quoted phrase", prefix*).',
  arguments: 'QUERY',
  options: { json: { type: 'boolean' } },
  optionHelp: ['--json  print a JSON array (each item has a snippet)'],
  positionals: { min: 1, max: 1 },
  run: (context) =>
    withLibrary(context, { create: false }, (library) => {
      const items = allSummaries(library, {
        text: context.positionals[0]!,
        sort: 'relevance',
      }).slice(0, maxResults);
      if (context.values.json) {
        context.io.stdout(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      const blocks = items.map((item) =>
        [
          `${item.id}  ${item.status}  ${terminalText(item.headline) || '(untitled)'}`,
          ...(item.snippet ? [`  ${highlightSnippet(item.snippet, context.io.isTerminal)}`] : []),
        ].join('\n'),
      );
      context.io.stdout(blocks.length > 0 ? `${blocks.join('\n\n')}\n` : 'No articles found.\n');
    }),
};
