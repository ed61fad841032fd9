/**
 * The anchor of the newsroom benchmark: a bare Hocuspocus server, no persistence, no
 * authentication. Run as a child process; prints `ready <port>` once it listens.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
process.stdout.write(`ready at ws://127.0.0.1:${server.address.port}\n`);
