// Runs before `npm test`. The tests need Debian's chromium and firefox-esr: as root on Debian we
// install them with apt; anyone else is told the exact command and the run stops at once.
import {execSync} from 'node:child_process';
import {chromiumPath, firefoxPath} from './browsers.mjs';

const missing = [];
if (!chromiumPath()) missing.push('chromium');
if (!firefoxPath()) missing.push('firefox-esr');

if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', {stdio: 'ignore'});
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    console.log(`Installing test browsers: ${command}`);
    execSync(command, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
  } else {
    console.error(
      `The tests need ${missing.join(' and ')}, which are not installed.\n` +
        `Install them with:\n\n  sudo ${command}\n\n` +
        'or point CHROME_PATH / FIREFOX_PATH at existing binaries. No browser is downloaded by npm.',
    );
    process.exit(1);
  }
}
