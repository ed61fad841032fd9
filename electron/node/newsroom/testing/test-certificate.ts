import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The self-signed certificate for 127.0.0.1 in `tls/` (tests only: its key is public). */
export const testCertificate = () => ({
  cert: readFileSync(resolve(import.meta.dirname, 'tls/localhost-cert.pem')),
  key: readFileSync(resolve(import.meta.dirname, 'tls/localhost-key.pem')),
});
