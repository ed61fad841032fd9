import { articleJson } from './article-json';
import { articleText } from './article-text';
import type { Command } from './command';
import { parseArticleId } from './parse-article-id';
import { withLibrary } from './with-library';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show one article: metadata and plain text, or JSON with the body as Tiptap JSON.',
  arguments: 'ID',
  options: { json: { type: 'boolean' } },
  optionHelp: ['--json  print JSON (includes the body as Tiptap JSON)'],
  positionals: { min: 1, max: 1 },
  run: (context) => {
    const id = parseArticleId(context.positionals[0]!);
    return withLibrary(context, { create: false }, (library) => {
      const article = library.get(id);
      context.io.stdout(
        context.values.json
          ? `${JSON.stringify(articleJson(article), null, 2)}\n`
          : articleText(article),
      );
    });
  },
};
