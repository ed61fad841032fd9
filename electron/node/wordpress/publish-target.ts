import type { WordpressSite } from '../../../shared/model/wordpress-site';
import type { WordpressConnection } from './wordpress-connection';

/** A site from the settings with its password from the site secrets. */
export interface PublishTarget {
  site: WordpressSite;
  connection: WordpressConnection;
}
