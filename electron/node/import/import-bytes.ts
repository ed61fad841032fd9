import { ArticleDraft } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/errors/error-code';
import { missingCaseError } from '../../../shared/errors/missing-case';
import { decodeText } from './decode-text';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importMarkdown } from './import-markdown';
import { importText } from './import-text';
import type { ImportedDraft } from './imported-draft';

export const importMaxBytes = 20 * 1024 * 1024;

type Format = 'text' | 'markdown' | 'html' | 'docx';

const formatsByExtension: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};

const looksLikeHtml = (bytes: Uint8Array): boolean =>
  /^\s*<(!doctype html|html|head|body|meta|p|div|h[1-6]|article)\b/i.test(decodeText(bytes));

// A DOCX is a ZIP archive: local file header "PK\x03\x04".
const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const formatOf = (name: string, bytes: Uint8Array): Format => {
  const extension = extensionOf(name);
  if (extension === '') {
    if (isZip(bytes)) return 'docx';
    return looksLikeHtml(bytes) ? 'html' : 'text';
  }
  const format = formatsByExtension[extension];
  if (!format) {
    throw new AppError(
      'invalid',
      `Cannot import ${name}: "${extension}" files are not supported (use .txt, .md, .markdown, .html, .htm or .docx).`,
    );
  }
  if (format === 'docx' && !isZip(bytes)) {
    throw new AppError(
      'invalid',
      `Cannot import ${name}: it is not a valid Word document (.docx), or it is damaged.`,
    );
  }
  return format;
};

const convert = async (format: Format, bytes: Uint8Array): Promise<ImportedDraft> => {
  switch (format) {
    case 'text':
      return importText(decodeText(bytes));
    case 'markdown':
      return importMarkdown(decodeText(bytes));
    case 'html':
      return importHtml(decodeText(bytes));
    case 'docx':
      return importDocx(bytes);
    default:
      throw missingCaseError(format);
  }
};

/** Converts one file's bytes (text, Markdown, HTML or DOCX), named `name`, into a validated, sanitised article draft. */
export const importBytes = async (name: string, bytes: Uint8Array): Promise<ImportedDraft> => {
  if (bytes.length > importMaxBytes) {
    throw new AppError('invalid', `${name} is larger than 20 MB and was not imported.`);
  }
  const format = formatOf(name, bytes);
  let draft: ImportedDraft;
  try {
    draft = await convert(format, bytes);
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
