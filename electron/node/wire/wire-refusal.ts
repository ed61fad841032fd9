/** A wire file refused for a reason the reader should see; the caller names the file. */
export class WireRefusal extends Error {
  override name = 'WireRefusal';
}
