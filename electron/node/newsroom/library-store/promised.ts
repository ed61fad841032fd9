/** A synchronous library call as the promise the store interface returns (a throw rejects it). */
export const promised = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));
