import { resolve } from 'node:path';
import { AppError } from '../../shared/errors/error-code';
import type { ExportFailure } from '../../shared/model/export-job';
import { exportFormats, ExportFormat, ExportSuggestions } from '../../shared/model/export-job';
import type { NinjsVersion } from '../../shared/export/render-ninjs';
import { bodyInventory } from '../../shared/workflow/body-inventory';
import type { Command, OptionValues } from './command';
import { allSummaries } from './all-summaries';
import { parseArticleId } from './parse-article-id';
import { parseStatus } from './parse-status';
import { UsageError } from './usage-error';
import { withLibrary } from './with-library';
import type { Library } from '../node/library/library';

const text = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

const parseFormat = (value: string | undefined): ExportFormat => {
  const parsed = ExportFormat.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(
    value === undefined
      ? `'export' needs --format (${exportFormats.join(', ')})`
      : `unknown format "${value}" (use one of: ${exportFormats.join(', ')})`,
  );
};

const parseImages = (value: string | undefined): 'folder' | 'embed' => {
  if (value === undefined || value === 'folder' || value === 'embed') return value ?? 'folder';
  throw new UsageError(`unknown image mode "${value}" (use folder or embed)`);
};

const parseNinjsVersion = (value: string | undefined): NinjsVersion => {
  if (value === undefined || value === '2') return 2;
  if (value === '3') return 3;
  throw new UsageError(`unknown ninjs version "${value}" (use 2 or 3)`);
};

const parseSuggestions = (value: string | undefined): ExportSuggestions => {
  const parsed = ExportSuggestions.safeParse(value ?? 'original');
  if (parsed.success) return parsed.data;
  throw new UsageError(`unknown suggestions mode "${value}" (use original or final)`);
};

const suggestionWarning = (headline: string, count: number, mode: ExportSuggestions): string =>
  `warning: "${headline.trim() || 'Untitled'}" has ${count} pending suggestion${count === 1 ? '' : 's'}; exported the ${mode} text` +
  (mode === 'original' ? ' (--suggestions final accepts them)\n' : '\n');

const failureLine = ({ headline, message }: ExportFailure): string =>
  `error: "${headline}" was not exported: ${message}\n`;

/** The ids to export: the ones given, every article, or those of one status (exactly one way). */
const selection = (values: OptionValues, positionals: string[]) => {
  const status = text(values, 'status');
  const ways = [positionals.length > 0, values.all === true, status !== undefined];
  if (ways.filter(Boolean).length !== 1) {
    throw new UsageError("'export' needs article IDs, --all or --status S (one of them)");
  }
  const ids = positionals.map(parseArticleId);
  const statuses = status === undefined ? null : [parseStatus(status)];
  return (library: Library): string[] =>
    positionals.length > 0
      ? ids
      : allSummaries(library, statuses === null ? {} : { statuses }).map((summary) => summary.id);
};

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Export articles to HTML, an HTML fragment, Markdown, DOCX, IPTC ninjs or one WordPress WXR file; prints the files written.',
  arguments: '[ID...]',
  options: {
    all: { type: 'boolean' },
    status: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    images: { type: 'string' },
    gutenberg: { type: 'boolean' },
    nofollow: { type: 'boolean' },
    'ignore-embargo': { type: 'boolean' },
    suggestions: { type: 'string' },
    'ninjs-version': { type: 'string' },
    force: { type: 'boolean' },
  },
  optionHelp: [
    '--all               every article (not the trash)',
    '--status S          every article with status S',
    `--format F          ${exportFormats.join(', ')}`,
    '--out DIR           the folder to write into (created if needed)',
    '--images MODE       folder (<slug>_files/, the default) or embed (data URIs)',
    '--gutenberg         WordPress block comments in html-fragment and wxr',
    '--nofollow          rel="nofollow" on the links of html, html-fragment and wxr',
    '--ignore-embargo    export articles still under embargo',
    '--ninjs-version N   ninjs: IPTC ninjs 2.x (2, the default) or 3.x (3)',
    '--suggestions MODE  pending suggestions: original (left out, the default) or final (accepted)',
    '--force             replace files already in DIR (without it, the export stops and writes nothing)',
  ],
  positionals: { min: 0, max: Infinity },
  run: async (context) => {
    const { values } = context;
    const format = parseFormat(text(values, 'format'));
    const images = parseImages(text(values, 'images'));
    const suggestions = parseSuggestions(text(values, 'suggestions'));
    const ninjsVersion = parseNinjsVersion(text(values, 'ninjs-version'));
    const outDir = text(values, 'out');
    if (outDir === undefined || outDir === '') throw new UsageError("'export' needs --out DIR");
    const idsOf = selection(values, context.positionals);
    // Loaded on demand: the renderers (Tiptap, docx) are most of the CLI's start-up.
    const { exportArticles } = await import('../node/export/export-articles');
    await withLibrary(context, { create: false }, async (library) => {
      const ids = idsOf(library);
      if (ids.length === 0) return;
      let printed = 0;
      let failures: readonly ExportFailure[] = [];
      const print = (paths: readonly string[]) => {
        for (const file of paths.slice(printed)) context.io.stdout(`${file}\n`);
        printed = Math.max(printed, paths.length);
      };
      const paths = await exportArticles({
        library,
        ids,
        format,
        images,
        stylesheet: true,
        gutenberg: values.gutenberg === true,
        nofollow: values.nofollow === true,
        ninjsVersion,
        ignoreEmbargo: values['ignore-embargo'] === true,
        suggestions,
        existing: values.force === true ? 'replace' : 'refuse',
        outDir: resolve(outDir),
        onProgress: ({ paths: written, failures: failed }) => {
          print(written);
          failures = failed ?? failures;
        },
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'conflict')
          throw new AppError('conflict', `${error.message} Add --force to replace them.`);
        throw error;
      });
      print(paths);
      for (const failure of failures) context.io.stderr(failureLine(failure));
      for (const id of new Set(ids)) {
        const article = library.get(id);
        const pending = bodyInventory(article.body).pendingSuggestions;
        if (pending > 0)
          context.io.stderr(suggestionWarning(article.headline, pending, suggestions));
      }
      if (failures.length > 0) {
        throw new AppError(
          'invalid',
          `${failures.length} of ${ids.length} articles could not be exported; the others were written.`,
        );
      }
    });
  },
};
