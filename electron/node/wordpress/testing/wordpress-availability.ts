import fs from 'node:fs';

export const debianWordpressFolder = '/usr/share/wordpress';
export const debianWordpressConfigFolder = '/etc/wordpress';

const needed = [
  { path: `${debianWordpressFolder}/wp-load.php`, packageName: 'wordpress' },
  { path: '/usr/sbin/mariadbd', packageName: 'mariadb-server' },
  { path: '/usr/bin/mariadb-install-db', packageName: 'mariadb-server' },
  { path: '/usr/bin/php', packageName: 'php-cli' },
];

/**
 * Why a real WordPress cannot start on this machine (Debian packages missing, or the config
 * folder not writable), or null when it can. `.ci/run` installs the packages.
 */
export const wordpressUnavailableReason = (): string | null => {
  const missing = needed.filter((item) => !fs.existsSync(item.path));
  if (missing.length > 0) {
    const names = [...new Set(missing.map((item) => item.packageName))].join(' ');
    return `WordPress tests need Debian packages that are not installed: ${names} (apt-get install -y wordpress mariadb-server php-mysql php-gd php-xml php-mbstring php-curl; .ci/run does it)`;
  }
  try {
    fs.accessSync(debianWordpressConfigFolder, fs.constants.W_OK);
  } catch {
    return `WordPress tests write a config file in ${debianWordpressConfigFolder}, which this user cannot write (run as root, as CI does)`;
  }
  return null;
};
