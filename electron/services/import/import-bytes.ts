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

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};

const looksLikeHtml = (text: string): boolean =>
  /^\s*<(!doctype html|html|head|body|meta|p|div|h[1-6]|article)\b/i.test(text);

const formatOf = (name: string, text: string): Format => {
  const extension = extensionOf(name);
  if (extension === '') return looksLikeHtml(text) ? 'html' : 'text';
  const format = formatsByExtension[extension];
  if (!format) {
    throw new AppError(
      'invalid',
      `Cannot import ${name}: "${extension}" files are not supported (use .txt, .md, .markdown, .html or .htm).`,
    );
  }
  return format;
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

/** Converts one file's bytes (text, Markdown or HTML), named `name`, into a validated, sanitised article draft. */
export const importBytes = (name: string, bytes: Uint8Array): ImportedDraft => {
  if (bytes.length > importMaxBytes) {
    throw new AppError('invalid', `${name} is larger than 20 MB and was not imported.`);
  }
  const text = decodeText(bytes);
  const format = formatOf(name, text);
  let draft: ImportedDraft;
  try {
    draft = convert(format, text);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, `Cannot import ${name}: ${error.message}`);
    }
    // Deep nesting that got past the limits overflows a recursive parser: refuse, never crash.
    if (error instanceof RangeError) {
      throw new AppError('invalid', `Cannot import ${name}: it is nested too deeply.`);
    }
    throw error;
  }
  const parsed = ArticleDraft.safeParse(draft);
  if (!parsed.success) {
    throw new AppError('invalid', `Cannot import ${name}: ${parsed.error.issues[0]?.message}`);
  }
  return draft;
};
