/**
 * The router `php -S` runs for every request: it picks the instance's Debian config file, and can
 * play the two broken servers "Check connection" must recognise (an Authorization header
 * stripped, a REST API turned off) from environment variables of that server process.
 */
export const wordpressRouter = (wordpressFolder: string, contentFolder: string): string => `<?php
$_SERVER['WORDPRESS_CONFIG'] = getenv('COPYDESK_WP_CONFIG');
if (getenv('COPYDESK_WP_STRIP_AUTHORIZATION') === '1') {
  unset($_SERVER['HTTP_AUTHORIZATION'], $_SERVER['PHP_AUTH_USER'], $_SERVER['PHP_AUTH_PW']);
}
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (getenv('COPYDESK_WP_NO_REST') === '1' && (isset($_GET['rest_route']) || str_starts_with($path, '/wp-json'))) {
  http_response_code(404);
  echo '<html><body>Not found</body></html>';
  return true;
}
if (str_starts_with($path, '/wp-content/')) {
  $file = realpath(${JSON.stringify(contentFolder)} . substr($path, strlen('/wp-content')));
  if ($file !== false && str_starts_with($file, ${JSON.stringify(contentFolder)}) && is_file($file) && !str_ends_with($file, '.php')) {
    header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
    readfile($file);
    return true;
  }
}
if ($path !== '/' && is_file(${JSON.stringify(wordpressFolder)} . $path)) return false;
chdir(${JSON.stringify(wordpressFolder)});
require ${JSON.stringify(`${wordpressFolder}/index.php`)};
`;
