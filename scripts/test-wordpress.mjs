// The WordPress plugin against a real WordPress: Debian's `wordpress` package, MariaDB and PHP's
// built-in server, all started here on a throwaway database and wp-content, and stopped and
// removed at the end (also the /etc/wordpress/config-<name>.php that Debian's wp-config.php reads;
// the name comes from WORDPRESS_CONFIG, so the host name the browsers use does not matter).
//
// It installs release/hf-widgets-wordpress-<version>.zip with WordPress's own plugin upgrader,
// activates it, creates an Author and a Contributor, publishes posts with every block and every
// shortcode as them over the REST API (application passwords), then reads the public posts in
// Chromium and Firefox: widgets render, Shift ×3 and the exit control leave, the fallback numbers
// show with JavaScript off, attack attributes inject nothing, a post without a widget loads no
// widget script, no request leaves 127.0.0.1. Then PHPUnit (test/wordpress/*Test.php) against the
// same site, `php -l` on every PHP file, and phpcs when a WordPress standard is installed.
//
// Needs `npm run build` and `npm run wordpress` first. Missing Debian packages are installed with
// apt when run as root, else the exact command is printed. HF_WP_PORT picks the server's port
// (default: a free one).
// Prints "N passed, N failed" and exits non-zero on any failure. Screenshots: screenshots/wordpress-*.png.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {puppeteerBrowsers} from './browsers.mjs';
import {createChecks} from './lib/checks.mjs';
import {projectRoot} from './lib/import-ts.mjs';

const root = (path) => join(projectRoot, path);
const started = Date.now();
const {check, finish} = createChecks();
const {version} = JSON.parse(await readFile(root('package.json'), 'utf8'));
const zipPath = root(`release/hf-widgets-wordpress-${version}.zip`);
const wordpressRoot = '/usr/share/wordpress';

ensurePackages();
if (!existsSync(zipPath)) {
  console.error(`test-wordpress: ${zipPath} is missing; run \`npm run wordpress\` first.`);
  process.exit(1);
}

const port = Number(process.env.HF_WP_PORT) || (await freePort());
const origin = `http://127.0.0.1:${port}`;
// Quick exit must go to another site: "localhost" is another host name for the same test server.
const exitUrl = `http://localhost:${port}/exit-here`;
const work = await mkdtemp(join(tmpdir(), 'hf-wp-'));
// A fresh clone has no screenshots/ folder (git ignores it).
await mkdir(root('screenshots'), {recursive: true});
const configName = `hf-widgets-test-${process.pid}`;
const configFile = `/etc/wordpress/config-${configName}.php`;
const contentDir = join(work, 'wp-content');
const socket = join(work, 'mysql.sock');
const children = [];
const phpEnv = {...process.env, WORDPRESS_CONFIG: configName, HTTP_HOST: `127.0.0.1:${port}`, HF_TEST_CONTENT_DIR: contentDir};

/** Debian's packages, installed with apt as root, else the exact command and a stop. */
function ensurePackages() {
  const have = (command) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'});
      return true;
    } catch {
      return false;
    }
  };
  const phpHasMysqli = () => {
    try {
      return execFileSync('php', ['-m'], {encoding: 'utf8'}).includes('mysqli');
    } catch {
      return false;
    }
  };
  const missing = [];
  if (!existsSync(`${wordpressRoot}/wp-settings.php`)) missing.push('wordpress');
  if (!have('mariadb-install-db') || !(have('mariadbd') || existsSync('/usr/sbin/mariadbd'))) missing.push('mariadb-server');
  if (!have('php')) missing.push('php-cli');
  if (!have('php') || !phpHasMysqli()) missing.push('php-mysql');
  if (!have('phpunit')) missing.push('phpunit');
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && have('apt-get')) {
    console.log(`Installing what the WordPress test needs: ${command}`);
    execFileSync('sh', ['-c', command], {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
    return;
  }
  console.error(`The WordPress test needs ${missing.join(', ')}, which are not installed.\nInstall them with:\n\n  sudo ${command}\n`);
  process.exit(1);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port: chosen} = server.address();
      server.close(() => resolve(chosen));
    });
  });
}

function startChild(command, args, options = {}) {
  // Its own process group, so that stopping it also stops its workers (php -S forks them).
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options});
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.output = () => output;
  children.push(child);
  return child;
}

async function waitFor(label, condition, timeout = 60000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${label}`);
}

/** MariaDB on a unix socket only (no TCP port), with a throwaway data folder. */
async function startDatabase() {
  const dataDir = join(work, 'db');
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user],
    {stdio: 'pipe'},
  );
  const server = existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd';
  const database = startChild(server, [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--socket=${socket}`,
    `--pid-file=${join(work, 'mysql.pid')}`,
    '--skip-networking',
    '--innodb-buffer-pool-size=32M',
    ...user,
  ]);
  await waitFor('MariaDB', () => existsSync(socket) || database.exitCode !== null);
  if (database.exitCode !== null) throw new Error(`MariaDB stopped: ${database.output()}`);
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress_test'], {stdio: 'pipe'});
}

/** The config file Debian's wp-config.php loads for WORDPRESS_CONFIG=<configName>. */
async function writeSiteConfig() {
  await mkdir(join(contentDir, 'plugins'), {recursive: true});
  await mkdir(join(contentDir, 'themes'), {recursive: true});
  await mkdir(join(contentDir, 'uploads'), {recursive: true});
  await symlink(`${wordpressRoot}/wp-content/themes/twentytwentythree`, join(contentDir, 'themes/twentytwentythree'));
  const salt = (name) => `define( '${name}', '${name.toLowerCase()}-${process.pid}-${started}' );`;
  const config = `<?php
// Throwaway config of scripts/test-wordpress.mjs; removed when the test ends.
define( 'DB_NAME', 'wordpress_test' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_CONTENT_DIR', '${contentDir}' );
define( 'WP_CONTENT_URL', '${origin}/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
`;
  try {
    await writeFile(configFile, config, {mode: 0o600});
  } catch (error) {
    throw new Error(`cannot write ${configFile} (run as root, or make /etc/wordpress writable): ${error.message}`);
  }
}

function runPhp(script, args = []) {
  return execFileSync('php', [script, ...args], {env: phpEnv, encoding: 'utf8', cwd: work});
}

/** Installs WordPress, then the plugin zip through WordPress's upgrader, users and passwords. */
async function installSite() {
  runPhp(root('test/wordpress/site/install-site.php'));
  const prepared = JSON.parse(runPhp(root('test/wordpress/site/prepare-site.php'), [zipPath, exitUrl]));
  check(
    "the zip installs with WordPress's plugin upgrader into plugins/hf-widgets/",
    prepared.installed && prepared.plugin_file === 'hf-widgets/hf-widgets.php',
    JSON.stringify(prepared.install_errors),
  );
  check('the plugin activates', prepared.activated);
  check(
    'the Author and the Contributor have no unfiltered_html',
    !prepared.users.author.unfiltered_html && !prepared.users.contributor.unfiltered_html,
  );
  return prepared;
}

async function startWebServer() {
  const server = startChild('php', ['-S', `127.0.0.1:${port}`, '-t', wordpressRoot, root('test/wordpress/site/router.php')], {
    env: {...phpEnv, PHP_CLI_SERVER_WORKERS: '4'},
  });
  await waitFor('the PHP server', async () => {
    if (server.exitCode !== null) throw new Error(`PHP server stopped: ${server.output()}`);
    try {
      return (await fetch(`${origin}/`)).ok;
    } catch {
      return false;
    }
  });
}

/** A REST call as one of the site's users (application password). */
async function rest(user, method, route, body) {
  // Plain permalinks: the route goes in rest_route, any further query after it with &.
  const response = await fetch(`${origin}/?rest_route=${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(user ? {authorization: `Basic ${Buffer.from(`${user.login}:${user.application_password}`).toString('base64')}`} : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = {unparsed: text.slice(0, 300)};
  }
  return {status: response.status, json};
}

// What the posts hold. The attack strings try markup, script and javascript: URLs in every
// attribute; a successful one would set window.__hfPwned or add an element or attribute.
const attack = `"><img src=x onerror="window.__hfPwned=1"><script>window.__hfPwned=1</script>`;
const blockComment = (name, attributes) => `<!-- wp:hf-widgets/${name} ${JSON.stringify(attributes)} /-->`;
const postContents = {
  banner: [
    '<!-- wp:paragraph --><p>If you need help, call one of these numbers.</p><!-- /wp:paragraph -->',
    blockComment('hotline-banner', {hotlines: 'astra,nadel', quickExit: true, dismissible: true}),
  ].join('\n'),
  otherBlocks: [
    blockComment('action-card', {variant: 'compact'}),
    blockComment('budget-breakdown', {chart: 'donut', showTable: true}),
    blockComment('beneficiary-list', {group: 'civil-society', filter: true, lang: 'sr-Cyrl'}),
  ].join('\n'),
  shortcodes: [
    '[hf_hotline_banner hotlines="astra,nadel" quick_exit="yes" dismissible="yes" lang="sr-Latn"]',
    '',
    '[hf_action_card variant="compact" heading_level="3"]',
    '',
    '[hf_budget_breakdown chart="bar" show_table="yes"]',
    '',
    '[hf_beneficiary_list group="public-institutions" collapsed="yes"]',
  ].join('\n'),
  attack: [
    blockComment('hotline-banner', {
      hotlines: `astra,${attack}`,
      quickExit: true,
      exitUrl: 'javascript:window.__hfPwned=1',
      position: attack,
      variant: 'compact" onclick="window.__hfPwned=1',
      lang: attack,
      headingLevel: 9,
    }),
    `<!-- wp:shortcode -->[hf_hotline_banner quick_exit="yes" exit_url="javascript:window.__hfPwned=1" position='${attack}' hotlines="nadel" onmouseover="window.__hfPwned=1" theme="dark' autofocus onfocus='window.__hfPwned=1"]<!-- /wp:shortcode -->`,
  ].join('\n'),
  contributorBlock: blockComment('hotline-banner', {variant: 'compact', position: 'bottom', lang: 'sr-Cyrl', quickExit: true}),
  plain: '<!-- wp:paragraph --><p>A post without any widget.</p><!-- /wp:paragraph -->',
};

/** Publishes the posts as the Author and the Contributor (whose post an editor then publishes). */
async function publishPosts(site) {
  const {author, contributor, admin} = site.users;
  const posts = {};
  const create = async (user, key, status) => {
    const {status: code, json} = await rest(user, 'POST', '/wp/v2/posts', {title: `HF ${key}`, content: postContents[key], status});
    check(
      `the ${user === author ? 'Author' : 'Contributor'} saves the "${key}" post over REST (${status})`,
      code === 201,
      `${code} ${JSON.stringify(json).slice(0, 300)}`,
    );
    posts[key] = json;
    return json;
  };
  await create(author, 'banner', 'publish');
  await create(author, 'otherBlocks', 'publish');
  await create(author, 'attack', 'publish');
  await create(author, 'plain', 'publish');
  for (const key of ['shortcodes', 'contributorBlock']) {
    const pending = await create(contributor, key, 'pending');
    const published = await rest(admin, 'POST', `/wp/v2/posts/${pending.id}`, {status: 'publish'});
    check(
      `an editor publishes the Contributor's "${key}" post`,
      published.status === 200 && published.json.status === 'publish',
      JSON.stringify(published.json).slice(0, 300),
    );
    posts[key] = published.json;
  }

  // WordPress filters an Author's content (kses): the blocks and shortcodes must come through.
  for (const [key, needle] of [
    ['banner', '<!-- wp:hf-widgets/hotline-banner'],
    ['otherBlocks', '<!-- wp:hf-widgets/beneficiary-list'],
    ['shortcodes', '[hf_beneficiary_list'],
    ['contributorBlock', '<!-- wp:hf-widgets/hotline-banner'],
  ]) {
    const {json} = await rest(admin, 'GET', `/wp/v2/posts/${posts[key].id}`, undefined);
    const saved = await rest(admin, 'GET', `/wp/v2/posts/${posts[key].id}&context=edit`, undefined);
    check(
      `the "${key}" post keeps its widgets after WordPress's filters`,
      (saved.json.content?.raw ?? '').includes(needle) && Boolean(json.link),
      saved.json.content?.raw?.slice(0, 200),
    );
  }
  return posts;
}

/** The editor's preview (block renderer) gives editors the notice and refuses anonymous readers. */
async function checkEditorPreviewRights(site) {
  const route = `/wp/v2/block-renderer/hf-widgets/hotline-banner&context=edit&attributes[position]=sideways&attributes[quickExit]=1&hf_preview=1`;
  const asAuthor = await rest(site.users.author, 'GET', route, undefined);
  const rendered = asAuthor.json.rendered ?? '';
  check(
    'the block preview renders for the Author',
    asAuthor.status === 200 && rendered.includes('<hf-hotline-banner'),
    JSON.stringify(asAuthor.json).slice(0, 300),
  );
  check(
    'the preview tells the Author about a refused value',
    rendered.includes('hf-widgets-notice') && rendered.includes('sideways'),
    rendered.slice(0, 300),
  );
  check('the preview does not arm quick exit in the editor', !/<hf-hotline-banner[^>]*quick-exit/.test(rendered), rendered.slice(0, 300));
  const anonymous = await rest(undefined, 'GET', route, undefined);
  check('the block preview refuses anonymous visitors', anonymous.status === 401 || anonymous.status === 403, String(anonymous.status));
}

/** Opens a page and records every request. */
async function open(browser, url, {width = 1280, javaScript = true} = {}) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 900});
  if (!javaScript) await page.setJavaScriptEnabled(false);
  const seen = {requests: [], errors: [], dialogs: 0};
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('pageerror', (error) => seen.errors.push(String(error?.message ?? error)));
  page.on('dialog', (dialog) => {
    seen.dialogs++;
    dialog.dismiss().catch(() => {});
  });
  await page.goto(url, {waitUntil: 'load'});
  return {page, seen};
}

const widgetsReady = () =>
  [...document.querySelectorAll('hf-hotline-banner, hf-action-card, hf-budget-breakdown, hf-beneficiary-list')].every(
    (el) =>
      el.shadowRoot && el.shadowRoot.querySelector('[part="base"], [part="empty"]') && !el.shadowRoot.querySelector('[part="loading"]'),
  );

/** Requests that left the test site (the exit page on "localhost" is the only other allowed). */
const foreignRequests = (seen) =>
  seen.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(exitUrl) && !url.startsWith('data:'));

const widgetScripts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('script[src*="/plugins/hf-widgets/"]')].map(
      (script) => `${script.type} ${new URL(script.src).pathname.split('/').pop()}`,
    ),
  );

async function checkInBrowsers(site, posts) {
  const link = (key) => posts[key].link;
  for (const {name, launch} of await puppeteerBrowsers()) {
    const browser = await launch();
    try {
      // The Author's banner block.
      {
        const {page, seen} = await open(browser, link('banner'));
        await page.waitForFunction(widgetsReady, {timeout: 20000});
        const banner = await page.evaluate(() => {
          const el = document.querySelector('hf-hotline-banner');
          const shadow = el.shadowRoot;
          return {
            numbers: [...shadow.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
            exit: Boolean(shadow.querySelector('[part="exit"]')),
            dismiss: Boolean(shadow.querySelector('[part="dismiss"]')),
            error: Boolean(shadow.querySelector('[part="error"]')),
          };
        });
        check(
          `${name}: the Author's banner block shows ASTRA and NADEL as tel: links`,
          JSON.stringify(banner.numbers) === JSON.stringify(['tel:+381117850000', 'tel:116111']),
          JSON.stringify(banner),
        );
        check(
          `${name}: the banner has its exit control and dismiss button, no error`,
          banner.exit && banner.dismiss && !banner.error,
          JSON.stringify(banner),
        );
        const scripts = await widgetScripts(page);
        check(
          `${name}: only the banner's script loads, as a module`,
          JSON.stringify(scripts) === JSON.stringify(['module hf-hotline-banner.js']),
          scripts.join(', '),
        );
        const editorStyles = seen.requests.filter((url) => url.includes('/plugins/hf-widgets/css/'));
        check(`${name}: readers get no editor styles`, editorStyles.length === 0, editorStyles.join(', '));
        check(
          `${name}: the banner post makes no request off 127.0.0.1`,
          foreignRequests(seen).length === 0,
          foreignRequests(seen).join(', '),
        );
        check(`${name}: no uncaught error on the banner post`, seen.errors.length === 0, seen.errors.join(' | '));
        if (name === 'chromium') {
          for (const width of [360, 1280]) {
            await page.setViewport({width, height: width === 360 ? 780 : 900});
            await page.screenshot({path: root(`screenshots/wordpress-post-${width}.png`), fullPage: false});
          }
        }
        // Shift ×3 leaves for the exit address.
        await page.mouse.click(5, 5);
        for (let press = 0; press < 3; press++) {
          await page.keyboard.press('Shift');
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        await page.waitForFunction((target) => location.href === target, {timeout: 15000}, exitUrl).catch(() => {});
        check(`${name}: Shift ×3 leaves the post for the exit address`, page.url() === exitUrl, page.url());
        await page.close();
      }
      // The exit control.
      {
        const {page} = await open(browser, link('banner'));
        await page.waitForFunction(widgetsReady, {timeout: 20000});
        await page.evaluate(() => document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="exit"]').click());
        await page.waitForFunction((target) => location.href === target, {timeout: 15000}, exitUrl).catch(() => {});
        check(`${name}: the exit control leaves the post for the exit address`, page.url() === exitUrl, page.url());
        await page.close();
      }
      // The other three blocks, and the Contributor's shortcodes.
      for (const key of ['otherBlocks', 'shortcodes', 'contributorBlock']) {
        const {page, seen} = await open(browser, link(key));
        await page.waitForFunction(widgetsReady, {timeout: 20000}).catch(() => {});
        const states = await page.evaluate(() =>
          [...document.querySelectorAll('hf-hotline-banner, hf-action-card, hf-budget-breakdown, hf-beneficiary-list')].map(
            (el) =>
              `${el.localName}:${el.shadowRoot?.querySelector('[part="error"]') ? 'error' : el.shadowRoot?.querySelector('[part="base"]') ? 'ok' : 'not rendered'}`,
          ),
        );
        const expected = {otherBlocks: 3, shortcodes: 4, contributorBlock: 1}[key];
        check(
          `${name}: the "${key}" post renders its ${expected} widgets`,
          states.length === expected && states.every((state) => state.endsWith(':ok')),
          states.join(', '),
        );
        const scripts = await widgetScripts(page);
        check(
          `${name}: the "${key}" post loads one module per element it uses`,
          scripts.length === expected && scripts.every((script) => script.startsWith('module ')),
          scripts.join(', '),
        );
        check(
          `${name}: the "${key}" post makes no request off 127.0.0.1`,
          foreignRequests(seen).length === 0,
          foreignRequests(seen).join(', '),
        );
        if (key === 'contributorBlock') {
          const banner = await page.evaluate(() => {
            const el = document.querySelector('hf-hotline-banner');
            // The sticky banner's bar is fixed at the window's bottom edge (the host stays in the flow).
            const bar = el.shadowRoot.querySelector('[part~="base"]')?.getBoundingClientRect();
            return {
              lang: el.getAttribute('lang'),
              atBottom: Boolean(bar) && Math.abs(bar.bottom - window.innerHeight) <= 1,
              exit: Boolean(el.shadowRoot.querySelector('[part="exit"]')),
            };
          });
          check(
            `${name}: the Contributor's compact banner sticks to the bottom, in Cyrillic, with its exit`,
            banner.lang === 'sr-Cyrl' && banner.atBottom && banner.exit,
            JSON.stringify(banner),
          );
        }
        if (key === 'shortcodes') {
          const banner = await page.evaluate(() => {
            const el = document.querySelector('hf-hotline-banner');
            return {
              lang: el.getAttribute('lang'),
              exit: el.shadowRoot.querySelector('[part="exit"]')?.textContent.trim(),
              fallback: el.querySelector('a[data-hf-exit]')?.textContent,
            };
          });
          check(
            `${name}: the shortcode banner speaks Serbian Latin`,
            banner.lang === 'sr-Latn' && banner.fallback === 'Brzi izlaz',
            JSON.stringify(banner),
          );
        }
        await page.close();
      }
      // Attack attributes.
      {
        const {page, seen} = await open(browser, link('attack'));
        await page.waitForFunction(widgetsReady, {timeout: 20000}).catch(() => {});
        await page.mouse.move(200, 200);
        const result = await page.evaluate(() => {
          const allowed =
            /^(hotlines|quick-exit|exit-url|dismissible|remember-dismissal|position|variant|heading-level|theme|lang|src|class|style|data-[a-z-]+)$/;
          const banners = [...document.querySelectorAll('hf-hotline-banner')];
          return {
            pwned: window.__hfPwned === 1,
            banners: banners.length,
            strayAttributes: banners.flatMap((el) => el.getAttributeNames().filter((attribute) => !allowed.test(attribute))),
            values: banners.map((el) => [
              el.getAttribute('position'),
              el.getAttribute('lang'),
              el.getAttribute('exit-url'),
              el.getAttribute('theme'),
            ]),
            injected: [
              ...document.querySelectorAll('img[src="x"]'),
              ...[...document.scripts].filter((script) => script.text.includes('__hfPwned')),
              ...[...document.querySelectorAll('*')].filter((el) => el.getAttributeNames().some((attribute) => attribute.startsWith('on'))),
            ].map((el) => `<${el.localName} ${el.getAttributeNames().join(' ')}>`),
            exitLinks: [...document.querySelectorAll('a[data-hf-exit]')].map((a) => a.getAttribute('href')),
            notices: document.querySelectorAll('.hf-widgets-notice').length,
          };
        });
        check(`${name}: attack attributes run no script`, !result.pwned && seen.dialogs === 0, JSON.stringify(result));
        check(
          `${name}: attack attributes add no attribute or element`,
          result.banners === 2 && result.strayAttributes.length === 0 && result.injected.length === 0,
          JSON.stringify(result),
        );
        check(
          `${name}: refused values fall back (the default position, no language, the site's exit address)`,
          // The element reflects its default position once it runs.
          result.values.every(
            ([position, lang, exit, theme]) => [null, 'inline'].includes(position) && lang === null && exit === exitUrl && theme === null,
          ) && result.exitLinks.every((href) => href === exitUrl),
          JSON.stringify(result),
        );
        check(`${name}: readers see no notice about refused values`, result.notices === 0, JSON.stringify(result));
        await page.close();
      }
      // A post without a widget loads nothing of the plugin.
      {
        const {page, seen} = await open(browser, link('plain'));
        const plugin = seen.requests.filter((url) => url.includes('/plugins/hf-widgets/'));
        check(
          `${name}: a post without a widget loads no widget script`,
          plugin.length === 0 && (await widgetScripts(page)).length === 0,
          plugin.join(', '),
        );
        check(
          `${name}: the plain post makes no request off 127.0.0.1`,
          foreignRequests(seen).length === 0,
          foreignRequests(seen).join(', '),
        );
        await page.close();
      }
      if (name === 'chromium') await checkEditor(browser, site, posts);
    } finally {
      await browser.close();
    }
    await checkWithoutJavaScript(name, link);
  }
}

/** The fallback as a reader without JavaScript gets it: numbers as tel: links and a plain exit link. */
async function checkWithoutJavaScript(name, link) {
  const {default: puppeteer} = await import('puppeteer-core');
  const {chromiumPath, chromiumArgs, firefoxPath} = await import('./browsers.mjs');
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({executablePath: chromiumPath(), args: chromiumArgs, headless: true})
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath(),
          headless: true,
          extraPrefsFirefox: {'javascript.enabled': false},
        });
  try {
    const {page} = await open(browser, link('banner'), {javaScript: name !== 'chromium'});
    const fallback = await page.evaluate(() => {
      const visible = (el) => Boolean(el) && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
      const numbers = [...document.querySelectorAll('hf-hotline-banner a[href^="tel:"]')];
      const exit = document.querySelector('hf-hotline-banner a[data-hf-exit]');
      return {
        scripting: !document.querySelector('hf-hotline-banner')?.shadowRoot,
        numbers: numbers.filter(visible).map((a) => `${a.getAttribute('href')} ${a.textContent}`),
        exit: visible(exit) ? exit.getAttribute('href') : null,
      };
    });
    check(
      `${name}: without JavaScript the banner shows the numbers as tel: links`,
      fallback.scripting && JSON.stringify(fallback.numbers) === JSON.stringify(['tel:+381117850000 011 785 0000', 'tel:116111 116 111']),
      JSON.stringify(fallback),
    );
    check(`${name}: without JavaScript the banner shows a plain exit link`, fallback.exit === exitUrl, JSON.stringify(fallback));
    await page.goto(link('shortcodes'), {waitUntil: 'load'});
    const shortcode = await page.evaluate(() => {
      const banner = document.querySelector('hf-hotline-banner');
      return {
        numbers: [...banner.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
        exit: banner.querySelector('a[data-hf-exit]')?.textContent,
        others: [...document.querySelectorAll('hf-action-card, hf-budget-breakdown, hf-beneficiary-list')].map(
          (el) => el.textContent.trim().length > 0,
        ),
      };
    });
    check(
      `${name}: without JavaScript the shortcodes show their fallbacks (numbers, "Brzi izlaz", texts)`,
      JSON.stringify(shortcode.numbers) === JSON.stringify(['tel:+381117850000', 'tel:116111']) &&
        shortcode.exit === 'Brzi izlaz' &&
        shortcode.others.length === 3 &&
        shortcode.others.every(Boolean),
      JSON.stringify(shortcode),
    );
  } finally {
    await browser.close();
  }
}

/** The block editor as the Author: the four blocks exist, the banner's sidebar and live preview. */
async function checkEditor(browser, site, posts) {
  const page = await browser.newPage();
  await page.setViewport({width: 1400, height: 1000});
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  await page.goto(`${origin}/wp-login.php`, {waitUntil: 'load'});
  await page.type('#user_login', site.users.author.login);
  await page.type('#user_pass', site.users.author.password);
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#wp-submit')]);
  await page.goto(`${origin}/wp-admin/post.php?post=${posts.banner.id}&action=edit`, {waitUntil: 'load'});
  // The block editor is a few MB of scripts: on a loaded two-core machine it has taken over a minute.
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, {timeout: 180000});
  const registered = await page.evaluate(() =>
    ['hotline-banner', 'action-card', 'budget-breakdown', 'beneficiary-list'].filter((name) =>
      window.wp.blocks.getBlockType(`hf-widgets/${name}`),
    ),
  );
  check('editor: the Author has the four blocks', registered.length === 4, registered.join(', '));
  await page.evaluate(() => {
    const {dispatch, select} = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const banner = select('core/block-editor')
      .getBlocks()
      .find((block) => block.name === 'hf-widgets/hotline-banner');
    dispatch('core/block-editor').selectBlock(banner.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const previewReady = await page
    .waitForFunction(() => document.querySelector('.hf-widgets-block hf-hotline-banner')?.shadowRoot?.querySelector('[part="base"]'), {
      timeout: 30000,
    })
    .then(() => true)
    .catch(() => false);
  check('editor: the banner block shows a live preview of the element', previewReady);
  const sidebar = await page.evaluate(() => document.querySelector('.interface-complementary-area')?.textContent ?? '');
  check(
    "editor: the sidebar has the banner's options",
    ['Hotlines to show', 'Quick exit', 'Exit address', 'Position', 'Language'].every((label) => sidebar.includes(label)),
    sidebar.slice(0, 300),
  );
  check('editor: no uncaught error', errors.length === 0, errors.join(' | '));
  await page.screenshot({path: root('screenshots/wordpress-editor.png')});
  const settingsAsAuthor = await page.goto(`${origin}/wp-admin/options-general.php?page=hf-widgets`, {waitUntil: 'load'});
  const authorSees = await page.evaluate(() => Boolean(document.querySelector('input[name="hf_widgets_settings[exit_url]"]')));
  check(
    'settings: the Author cannot open Settings → HF widgets',
    settingsAsAuthor.status() === 403 && !authorSees,
    String(settingsAsAuthor.status()),
  );
  await page.close();
  await checkSettingsPage(browser, site);
}

/** Settings → HF widgets as an Administrator: a bad exit address is refused with a clear error. */
async function checkSettingsPage(browser, site) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${origin}/wp-login.php`, {waitUntil: 'load'});
  await page.type('#user_login', site.users.admin.login);
  await page.type('#user_pass', site.users.admin.password);
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#wp-submit')]);
  await page.goto(`${origin}/wp-admin/options-general.php?page=hf-widgets`, {waitUntil: 'load'});
  const field = 'input[name="hf_widgets_settings[exit_url]"]';
  // A text field, past the browser's own URL check, as a script or an old browser would send it.
  await page.$eval(field, (input) => {
    input.type = 'text';
    input.value = '';
  });
  await page.type(field, 'javascript:alert(1)');
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#submit')]);
  const shown = await page.evaluate(() => ({
    errors: [...document.querySelectorAll('.notice-error, .error')].map((el) => el.textContent.trim()),
    value: document.querySelector('input[name="hf_widgets_settings[exit_url]"]').value,
  }));
  check(
    'settings: a bad exit address is refused with a clear error and the saved one kept',
    shown.errors.some((text) => text.includes('Exit address not saved')) && shown.value === exitUrl,
    JSON.stringify(shown),
  );
  await page.screenshot({path: root('screenshots/wordpress-settings.png'), fullPage: true});
  await context.close();
}

/** PHPUnit against the running site: the fallback renderer and the attribute checks. */
function runPhpUnit() {
  let output;
  let passed = false;
  try {
    output = execFileSync('phpunit', ['--colors=never', '--bootstrap', root('test/wordpress/bootstrap.php'), root('test/wordpress')], {
      env: {...phpEnv, HF_WIDGETS_PLUGIN_DIR: join(contentDir, 'plugins/hf-widgets')},
      encoding: 'utf8',
      cwd: work,
    });
    passed = true;
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  const summary = output.match(/OK \((\d+) tests?, (\d+) assertions?\)|Tests: \d+.*/)?.[0] ?? output.slice(-400);
  const ok = passed && /OK \(/.test(output);
  check(`PHPUnit: ${summary}`, ok);
  if (!ok) console.log(output);
}

async function cleanUp() {
  for (const child of children.reverse()) {
    if (child.exitCode === null) {
      const signalGroup = (signal) => {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      signalGroup('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          signalGroup('SIGKILL');
          resolve();
        }, 10000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  children.length = 0;
  await rm(configFile, {force: true});
  if (existsSync(join(work, 'debug.log'))) {
    const log = await readFile(join(work, 'debug.log'), 'utf8');
    const ours = log.split('\n').filter((line) => line.includes('hf-widgets'));
    check('WordPress logged no PHP notice, warning or error from the plugin', ours.length === 0, ours.slice(0, 5).join(' | '));
  }
  await rm(work, {recursive: true, force: true});
}

/** The .pot has every string of the PHP and block.json (needs Debian's gettext for xgettext). */
function checkTranslationTemplate() {
  try {
    execFileSync('sh', ['-c', 'command -v xgettext'], {stdio: 'ignore'});
  } catch {
    console.log('  - xgettext (gettext) is not installed: the .pot was not compared with the code');
    return;
  }
  try {
    execFileSync('node', [root('scripts/build-wordpress.mjs'), '--check-pot'], {stdio: 'pipe'});
    check('languages/hf-widgets.pot has every string of the plugin', true);
  } catch (error) {
    check('languages/hf-widgets.pot has every string of the plugin', false, String(error.stderr ?? error));
  }
}

/** `php -l` on every PHP file of the plugin and its tests. */
function checkPhpSyntax() {
  const files = [...phpFiles(root('wordpress')), ...phpFiles(root('test/wordpress'))];
  const broken = files.filter((file) => {
    try {
      execFileSync('php', ['-l', file], {stdio: 'pipe'});
      return false;
    } catch {
      return true;
    }
  });
  check(`php -l: ${files.length} PHP files parse`, broken.length === 0, broken.join(', '));
}

function phpFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
}

/** phpcs with the WordPress standard, when one is installed (Debian's php-codesniffer has none). */
function checkCodingStandard() {
  let standards = '';
  try {
    standards = execFileSync('phpcs', ['-i'], {encoding: 'utf8'});
  } catch {
    console.log('  - phpcs is not installed: WordPress coding style not checked');
    return;
  }
  if (!/\bWordPress\b/.test(standards)) {
    console.log(`  - phpcs has no WordPress standard here (${standards.trim()}): WordPress coding style not checked`);
    return;
  }
  try {
    execFileSync('phpcs', ['--standard=WordPress', '--extensions=php', root('wordpress/hf-widgets')], {stdio: 'pipe'});
    check('phpcs: the plugin follows the WordPress coding standard', true);
  } catch (error) {
    check('phpcs: the plugin follows the WordPress coding standard', false, String(error.stdout ?? error));
  }
}

// The run itself, after the definitions above.
process.on('SIGINT', () => cleanUp().then(() => process.exit(130)));
try {
  await startDatabase();
  await writeSiteConfig();
  const site = await installSite();
  await startWebServer();
  const posts = await publishPosts(site);
  await checkEditorPreviewRights(site);
  // HF_WP_SKIP_BROWSERS=1 while working on the PHP side only.
  if (process.env.HF_WP_SKIP_BROWSERS) console.log('  - browsers skipped (HF_WP_SKIP_BROWSERS)');
  else await checkInBrowsers(site, posts);
  runPhpUnit();
} catch (error) {
  check('the WordPress test ran to the end', false, String(error?.stack ?? error));
} finally {
  await cleanUp();
}
checkPhpSyntax();
checkCodingStandard();
checkTranslationTemplate();
console.log(`test-wordpress: took ${Math.round((Date.now() - started) / 1000)} s`);
finish('test-wordpress');
