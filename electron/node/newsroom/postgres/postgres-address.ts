/** `host:port/database` of a postgres:// URL, for messages: never the user or the password. */
export const postgresAddress = (connectionString: string): string => {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port === '' ? '5432' : url.port}${url.pathname}`;
  } catch {
    return 'the --database address';
  }
};
