// The database services the tests run against, for the length of one command:
//
//   node scripts/services.mjs -- <command> [args…]
//
// installs PostgreSQL from Debian when it is absent, creates a fresh data directory, starts a
// server on a free loopback port (never 5432, so a developer's own server is left alone), runs the
// command with RENDA_PG_URL (the connection URL) and RENDA_REQUIRE_SERVICES=1 (so the PostgreSQL
// tests fail rather than skip when the server is missing), and stops the server and removes its
// data afterwards, whatever the command's exit. DuckDB needs no service: it is an npm package.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const separator = process.argv.indexOf('--');
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
if (command.length === 0) {
  console.error('usage: node scripts/services.mjs -- <command> [args…]');
  process.exit(2);
}

const say = (line) => console.log(`[services] ${line}`);

/** The newest installed PostgreSQL's bin directory, or undefined. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? undefined : join(root, versions[0], 'bin');
}

function installPostgres() {
  say('PostgreSQL is not installed: installing it from Debian (apt-get install -y postgresql)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      stdio: 'inherit',
      env,
    }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    if (!install()) throw new Error('apt-get install postgresql failed');
  }
}

/** A free TCP port on the loopback interface. */
const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

let bin = postgresBin();
if (bin === undefined) {
  installPostgres();
  bin = postgresBin();
  if (bin === undefined) throw new Error('PostgreSQL was installed but initdb is not found');
}

// PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user Debian's
// package creates, in a directory of its own under the system's temporary directory (a clone under
// a root-only directory would not be reachable for that user); otherwise under .tmp/.
const root = process.getuid?.() === 0;
let dataRoot;
if (root) {
  dataRoot = mkdtempSync(join(tmpdir(), 'renda-pg-'));
} else {
  mkdirSync(resolve('.tmp'), { recursive: true });
  dataRoot = mkdtempSync(resolve('.tmp', 'pg-'));
}
const data = join(dataRoot, 'data');
mkdirSync(data);
const owner = root ? Number(execFileSync('id', ['-u', 'postgres']).toString()) : undefined;
const group = root ? Number(execFileSync('id', ['-g', 'postgres']).toString()) : undefined;
if (root) {
  chownSync(dataRoot, owner, group);
  chownSync(data, owner, group);
}
const asServerUser = (program, args, options = {}) =>
  root
    ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], options)
    : spawnSync(join(bin, program), args, options);

const port = await freePort();
let started = false;

function stop() {
  if (started) {
    asServerUser('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], { stdio: 'ignore' });
    started = false;
    say('PostgreSQL stopped');
  }
  rmSync(dataRoot, { recursive: true, force: true });
}

let exitCode = 1;
try {
  const init = asServerUser(
    'initdb',
    ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (init.status !== 0) throw new Error('initdb failed');
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = asServerUser(
    'pg_ctl',
    ['-D', data, '-o', options, '-l', join(data, 'server.log'), '-w', 'start'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (start.status !== 0)
    throw new Error(`the PostgreSQL server did not start (see ${data}/server.log)`);
  started = true;
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  say(`PostgreSQL ${bin.split('/').at(-2)} on 127.0.0.1:${port} (RENDA_PG_URL)`);
  exitCode = await new Promise((done) => {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, RENDA_PG_URL: url, RENDA_REQUIRE_SERVICES: '1' },
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
  });
} catch (error) {
  console.error(`[services] ${error.message}`);
} finally {
  stop();
}
process.exit(exitCode);
