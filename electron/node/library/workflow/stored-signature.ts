import { MoveSignature } from '../../../../shared/model/move-signature';

/** A signature column (JSON or NULL) back as a signature; anything unreadable counts as none. */
export const storedSignature = (column: string | null): MoveSignature | undefined => {
  if (column === null) return undefined;
  try {
    const parsed = MoveSignature.safeParse(JSON.parse(column));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};
