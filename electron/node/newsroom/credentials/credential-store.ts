/**
 * Where a desk keeps its newsroom credentials, by the server's library id: Electron encrypts
 * them with `safeStorage`; browser mode and the CLI keep them in a file only the user can read.
 */
export interface CredentialStore {
  read(libraryId: string): string | null;
  write(libraryId: string, credential: string): void;
  remove(libraryId: string): void;
}
