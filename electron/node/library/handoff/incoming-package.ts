import type { Article } from '../../../../shared/model/article';
import type { PackageOutcome } from '../../../../shared/model/package-outcome';
import type { PackageArticle } from '../../../../shared/package/package-article';
import type { PackageHistory } from '../../../../shared/package/package-history';
import type { TrustedKey } from '../../../../shared/model/trusted-key';

/** A package that passed every check, as the library merges it (images already stored). */
export interface IncomingPackage {
  article: PackageArticle;
  history: PackageHistory;
  /** The article's Yjs state (format 2), merged into the library's document; null in format 1. */
  document: Uint8Array | null;
  /** The package's author and when it was made. */
  from: { name: string; createdAt: string };
  /** What to call the revisions a conflict, a merge or an update keeps (in the receiver's language). */
  versionNames: {
    local: string;
    received: string;
    beforeMerge: string;
    afterMerge: string;
    beforeImport: string;
  };
}

export interface PackageImportResult {
  outcome: PackageOutcome;
  article: Article;
  /** The library had the article in its trash: the import took it out. */
  restoredFromTrash: boolean;
  /** Received status moves that could not be verified: held, the status here unchanged by them. */
  heldMoves: number;
  /** The keys met for the first time (seen, not trusted) that signed a held move. */
  untrustedKeys: TrustedKey[];
}
