import { escapeXml } from '../export/xml-writer';
import type { WordpressConnection } from './wordpress-connection';

/** What WordPress's XML-RPC endpoint said of the user name and application password. */
export type XmlrpcSignIn = 'accepted' | 'refused' | 'unavailable';

/**
 * Signs in through XML-RPC, where the credentials travel in the body: it tells a refused
 * password from an Authorization header the server stripped, which the REST API answers alike
 * (`rest_not_logged_in`) for `?rest_route=` requests.
 */
export const xmlrpcSignIn = async (connection: WordpressConnection): Promise<XmlrpcSignIn> => {
  const parameter = (value: string) =>
    `<param><value><string>${escapeXml(value)}</string></value></param>`;
  const body = `<?xml version="1.0"?><methodCall><methodName>wp.getProfile</methodName><params><param><value><int>1</int></value></param>${parameter(connection.userName)}${parameter(connection.applicationPassword)}</params></methodCall>`;
  const address = connection.address.endsWith('/') ? connection.address : `${connection.address}/`;
  try {
    const response = await fetch(new URL('xmlrpc.php', address), {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok || !text.includes('<methodResponse>')) return 'unavailable';
    if (/<name>faultCode<\/name>\s*<value>\s*<int>403<\/int>/.test(text)) return 'refused';
    return text.includes('<fault>') ? 'unavailable' : 'accepted';
  } catch {
    return 'unavailable';
  }
};
