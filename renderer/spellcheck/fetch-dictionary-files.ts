import enAff from '../../node_modules/dictionary-en/index.aff?url&no-inline';
import enDic from '../../node_modules/dictionary-en/index.dic?url&no-inline';
import frAff from '../../node_modules/dictionary-fr/index.aff?url&no-inline';
import frDic from '../../node_modules/dictionary-fr/index.dic?url&no-inline';
import type { DictionaryFiles } from './create-hunspell-engine';
import type { DictionaryId } from './dictionary-id';

/*
 * The packages export only a Node entry that reads the files with fs, hence the paths.
 * `no-inline` keeps Vite from turning the small .aff into a data: URL, which connect-src refuses.
 */
const dictionaryUrls: Record<DictionaryId, { aff: string; dic: string }> = {
  fr: { aff: frAff, dic: frDic },
  en: { aff: enAff, dic: enDic },
};

/** Reads a dictionary bundled with the app (same origin, allowed by `connect-src 'self'`). */
export async function fetchDictionaryFiles(dictionary: DictionaryId): Promise<DictionaryFiles> {
  const urls = dictionaryUrls[dictionary];
  const [aff, dic] = await Promise.all([readAsset(urls.aff), readAsset(urls.dic)]);
  return { aff, dic };
}

async function readAsset(url: string): Promise<Uint8Array> {
  // eslint-disable-next-line no-restricted-globals -- a static asset of the app itself, not the host API
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Could not read the dictionary ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
