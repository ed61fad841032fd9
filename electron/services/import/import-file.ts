import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ArticleDraft } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/error-code';
import { decodeText } from './decode-text';
import { importHtml } from './import-html';
import { importMarkdown } from './import-markdown';
import { importText } from './import-text';
import type { ImportedDraft } from './imported-draft';

export const importMaxBytes = 20 * 1024 * 1024;

type Format = 'text' | 'markdown' | 'html';

const formatsByExtension: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

const looksLikeHtml = (text: string): boolean =>
  /^\s*<(!doctype html|html|head|body|meta|p|div|h[1-6]|article)\b/i.test(text);

const formatOf = (path: string, text: string): Format => {
  const extension = extname(path).toLowerCase();
  if (extension === '') return looksLikeHtml(text) ? 'html' : 'text';
  const format = formatsByExtension[extension];
  if (!format) {
    throw new AppError(
      'invalid',
      `Cannot import ${basename(path)}: "${extension}" files are not supported (use .txt, .md, .markdown, .html or .htm).`,
    );
  }
  return format;
};

const readBytes = async (path: string): Promise<Buffer> => {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new AppError('not_found', `File not found: ${path}`)
      : new AppError('io', `Cannot read ${path}: ${error.message}`);
  });
  if (!info.isFile()) throw new AppError('invalid', `Not a file: ${path}`);
  if (info.size > importMaxBytes) {
    throw new AppError('invalid', `${basename(path)} is larger than 20 MB and was not imported.`);
  }
  return readFile(path);
};

const convert = (format: Format, text: string): ImportedDraft => {
  switch (format) {
    case 'text':
      return importText(text);
    case 'markdown':
      return importMarkdown(text);
    case 'html':
      return importHtml(text);
  }
};

/** Reads and converts one file (text, Markdown or HTML) into a validated, sanitised article draft. */
export const importFile = async (path: string): Promise<ImportedDraft> => {
  const bytes = await readBytes(path);
  if (bytes.length > importMaxBytes) {
    throw new AppError('invalid', `${basename(path)} is larger than 20 MB and was not imported.`);
  }
  const text = decodeText(bytes);
  const format = formatOf(path, text);
  let draft: ImportedDraft;
  try {
    draft = convert(format, text);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, `Cannot import ${basename(path)}: ${error.message}`);
    }
    // Deep nesting that got past the limits overflows a recursive parser: refuse, never crash.
    if (error instanceof RangeError) {
      throw new AppError('invalid', `Cannot import ${basename(path)}: it is nested too deeply.`);
    }
    throw error;
  }
  const parsed = ArticleDraft.safeParse(draft);
  if (!parsed.success) {
    throw new AppError(
      'invalid',
      `Cannot import ${basename(path)}: ${parsed.error.issues[0]?.message}`,
    );
  }
  return draft;
};
