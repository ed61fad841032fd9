import enAff from '../../../node_modules/dictionary-en/index.aff?raw';
import enDic from '../../../node_modules/dictionary-en/index.dic?raw';
import frAff from '../../../node_modules/dictionary-fr/index.aff?raw';
import frDic from '../../../node_modules/dictionary-fr/index.dic?raw';
import type { DictionaryFiles } from '../create-hunspell-engine';
import type { DictionaryId } from '../dictionary-id';

const encoder = new TextEncoder();
const texts: Record<DictionaryId, { aff: string; dic: string }> = {
  fr: { aff: frAff, dic: frDic },
  en: { aff: enAff, dic: enDic },
};

/** The same files the app bundles, read through Vite's `?raw` (tests have no worker nor fetch). */
export const readBundledDictionary = (dictionary: DictionaryId): Promise<DictionaryFiles> =>
  Promise.resolve({
    aff: encoder.encode(texts[dictionary].aff),
    dic: encoder.encode(texts[dictionary].dic),
  });
