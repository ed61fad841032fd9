export interface TestWordpressUser {
  login: string;
  role: 'editor' | 'contributor';
}

/**
 * PHP run once with the CLI: installs the site without a browser, then creates each user with
 * an application password, printed as JSON on the last line.
 */
export const wordpressInstallScript = (options: {
  wordpressFolder: string;
  configName: string;
  host: string;
  url: string;
  users: readonly TestWordpressUser[];
}): string => `<?php
$_SERVER['HTTP_HOST'] = ${JSON.stringify(options.host)};
$_SERVER['WORDPRESS_CONFIG'] = ${JSON.stringify(options.configName)};
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require ${JSON.stringify(`${options.wordpressFolder}/wp-load.php`)};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Copydesk test site', 'admin', 'admin@example.test', true, '', 'admin-password');
update_option('siteurl', ${JSON.stringify(options.url)});
update_option('home', ${JSON.stringify(options.url)});
// Not UTC, so a date sent in local time instead of GMT would show.
update_option('timezone_string', 'Europe/Paris');
$passwords = array();
foreach (json_decode(${JSON.stringify(JSON.stringify(options.users))}, true) as $user) {
  $id = wp_create_user($user['login'], wp_generate_password(24), $user['login'] . '@example.test');
  (new WP_User($id))->set_role($user['role']);
  $created = WP_Application_Passwords::create_new_application_password($id, array('name' => 'copydesk-tests'));
  $passwords[$user['login']] = $created[0];
}
$admin = get_user_by('login', 'admin');
$created = WP_Application_Passwords::create_new_application_password($admin->ID, array('name' => 'copydesk-tests'));
$passwords['admin'] = $created[0];
echo "\\n" . json_encode($passwords) . "\\n";
`;
