/** A written file's folder (with its trailing separator) and name, for POSIX and Windows paths. */
export function pathParts(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  return { folder: path.slice(0, cut), name: path.slice(cut) };
}
