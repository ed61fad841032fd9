/** The post was changed on the site (wp-admin) since our last push: a person must decide. */
export class RemoteEditError extends Error {
  constructor(
    readonly remoteContent: string,
    message: string,
  ) {
    super(message);
    this.name = 'RemoteEditError';
  }
}
