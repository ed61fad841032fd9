import { main } from './main';
import { nodeIo } from './node-io';

process.exitCode = await main(process.argv.slice(2), nodeIo());
