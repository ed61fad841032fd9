import type { WireItem } from '../../../shared/model/wire-item';
import { AppError } from '../../../shared/errors/error-code';
import { parseNewsml1 } from './parse-newsml-1';
import { parseNewsmlG2 } from './parse-newsml-g2';
import { parseNinjs } from './parse-ninjs';
import { readWireXml } from './read-wire-xml';
import { WireRefusal } from './wire-refusal';

const g2Roots = new Set(['newsItem', 'packageItem', 'newsMessage']);

// JSON starts with "{" after optional white space (and BOM); XML with "<".
const isJson = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 64))
    .replace(/^\u00EF\u00BB\u00BF/, '');
  return /^\s*[{[]/.test(head);
};

const parse = (bytes: Uint8Array): WireItem[] => {
  if (isJson(bytes)) return [parseNinjs(bytes)];
  const root = readWireXml(bytes);
  if (root.localName === 'NewsML') return parseNewsml1(root);
  if (g2Roots.has(root.localName)) return parseNewsmlG2(root);
  throw new WireRefusal(
    `its root element <${root.localName}> is not NewsML 1.2, NewsML-G2 or ninjs.`,
  );
};

/**
 * The wire items of one agency file (NewsML 1.2, NewsML-G2 or ninjs, told apart by content), or
 * an `invalid` error naming the file. Nothing is written here.
 */
export const parseWireFile = (name: string, bytes: Uint8Array): WireItem[] => {
  try {
    return parse(bytes);
  } catch (error) {
    if (error instanceof WireRefusal || error instanceof AppError) {
      throw new AppError('invalid', `Cannot import wire file ${name}: ${error.message}`);
    }
    if (error instanceof RangeError) {
      throw new AppError('invalid', `Cannot import wire file ${name}: it is nested too deeply.`);
    }
    throw error;
  }
};
