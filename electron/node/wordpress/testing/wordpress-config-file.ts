/** Debian's per-site config (read by /usr/share/wordpress/wp-config.php) for one test instance. */
export const wordpressConfigFile = (options: {
  databasePort: number;
  contentFolder: string;
}): string => `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', '127.0.0.1:${options.databasePort}');
define('WP_CONTENT_DIR', ${JSON.stringify(options.contentFolder)});
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
`;
