import type { DictionaryId } from './dictionary-id';

/** Messages between the spell checker client and its worker. */
export type SpellRequest =
  | { id: number; kind: 'check'; dictionary: DictionaryId; words: string[] }
  | { id: number; kind: 'suggest'; dictionary: DictionaryId; word: string }
  | { id: number; kind: 'add'; words: string[] };

export type SpellResponse =
  { id: number; ok: true; words: string[] } | { id: number; ok: false; message: string };

type WithoutId<Message> = Message extends unknown ? Omit<Message, 'id'> : never;

export type SpellRequestBody = WithoutId<SpellRequest>;
