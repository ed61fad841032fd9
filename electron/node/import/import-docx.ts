import mammoth from 'mammoth';
import { AppError } from '../../../shared/errors/error-code';
import { importHtml } from './import-html';
import type { ImportedDraft } from './imported-draft';
import { inflatedZipSize } from './inflated-zip-size';
import { zipDirectory } from './zip-directory';

const maximumExpandedBytes = 200 * 1024 * 1024;
const maximumEntries = 5_000;

// Word's built-in styles onto the HTML the import path reads (the first h1 becomes the headline).
// A Title, and the standfirst, byline and dateline of Copydesk's own DOCX export, form the
// `<article><header>` that the HTML path reads as an export header, keeping them out of the body.
const styleMap = [
  "p[style-name='Title'] => article > header > h1:fresh",
  "p[style-name='Standfirst'] => article > header > p.standfirst:fresh",
  "p[style-name='Byline'] => article > header > p.byline:fresh",
  "p[style-name='Dateline'] => article > header > p.dateline:fresh",
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h3:fresh",
  "r[style-name='Strong'] => strong",
  'b => strong',
  'i => em',
  'u => u',
  'strike => s',
];

// The schema holds images only in figures and the HTML path cuts data URIs over 4 KB, so
// mammoth's default (every image inlined as base64) would encode up to 20 MB only to be dropped.
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

const damaged = (): AppError =>
  new AppError('invalid', 'it is not a valid Word document (.docx), or it is damaged.');

const tooLarge = (): AppError =>
  new AppError(
    'invalid',
    'it would unpack to more than 200 MB; it is refused to protect the machine.',
  );

// The directory's sizes are a cheap first check, but a crafted archive lies in them: the entries
// are also inflated, counting the bytes actually produced, before mammoth unpacks anything.
const refuseZipBombs = (bytes: Uint8Array): void => {
  const entries = zipDirectory(bytes);
  if (entries === null) throw damaged();
  const declared = entries.reduce((total, entry) => total + entry.declaredSize, 0);
  if (declared > maximumExpandedBytes || entries.length > maximumEntries) throw tooLarge();
  let actual: number;
  try {
    actual = inflatedZipSize(bytes, entries, maximumExpandedBytes);
  } catch {
    throw damaged();
  }
  if (actual > maximumExpandedBytes) throw tooLarge();
};

const docxToHtml = async (bytes: Uint8Array): Promise<string> => {
  refuseZipBombs(bytes);
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap, convertImage: dropImages, externalFileAccess: false },
    );
    return result.value;
  } catch {
    throw damaged();
  }
};

/** A Word document: converted by mammoth, then the same sanitiser and schema path as HTML files. */
export const importDocx = async (bytes: Uint8Array): Promise<ImportedDraft> =>
  importHtml(await docxToHtml(bytes));
