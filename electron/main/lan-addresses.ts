import { networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on its networks (loopback left out), for desks to connect to. */
export const lanAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
