import type Database from 'better-sqlite3';
import type { TrustedKey } from '../../../../shared/model/trusted-key';
import { readKeyRecord } from './key-records';
import type { MovePlan } from './move-plan';

/** What an import tells the reader about trust: how many moves it held, and whose keys to check. */
export const heldMovesOutcome = (
  db: Database.Database,
  plan: MovePlan | null,
): { heldMoves: number; untrustedKeys: TrustedKey[] } => {
  const keys = new Map<string, TrustedKey>();
  for (const { move } of plan?.held ?? []) {
    const publicKey = move.signature?.publicKey;
    if (publicKey === undefined || keys.has(publicKey)) continue;
    const record = readKeyRecord(db, publicKey);
    if (record !== null && record.trust === 'seen') keys.set(publicKey, record);
  }
  return { heldMoves: plan?.held.length ?? 0, untrustedKeys: [...keys.values()] };
};
