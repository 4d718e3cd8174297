import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificatePaths, certificatesUsable, parseArgs } from '../../scripts/devServer';

/**
 * npm run dev-server as root on Linux without sudo: the development certificate is made in
 * the user's folder (here a fresh HOME) and nothing calls sudo (a stand-in sudo on PATH
 * records any call); the pane answers over https with a certificate that chains to that CA.
 * npm run dev-server:http serves the file-mode page over plain http.
 */

let home: string;
let bin: string;
const SUDO_CALLED = () => join(home, 'sudo-dipanggil');

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'imunisasi-devserver-'));
  bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'sudo'), `#!/bin/sh\necho "$@" >> "${SUDO_CALLED()}"\nexit 1\n`);
  chmodSync(join(bin, 'sudo'), 0o755);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });

/** Starts the dev server in its own process group; resolves once `url` answers 200, with the body. */
async function start(args: string[], url: string, fetchOnce: (url: string) => Promise<{ status: number; body: string }>): Promise<{ child: ChildProcess; output: () => string; body: string }> {
  let output = '';
  const child = spawn(process.execPath, ['scripts/devServer.js', ...args], { env: { ...process.env, HOME: home, PATH: `${bin}:${process.env.PATH}` }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dev-server berhenti (${child.exitCode}):\n${output}`);
    const answer = await fetchOnce(url).catch(() => null);
    if (answer?.status === 200) return { child, output: () => output, body: answer.body };
    await new Promise((ok) => setTimeout(ok, 1000));
  }
  throw new Error(`dev-server tidak menjawab di ${url}:\n${output}`);
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((ok) => child.once('exit', ok));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

const collect = (res: import('node:http').IncomingMessage, ok: (v: { status: number; body: string }) => void) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (d) => (body += d));
  res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
};

it('serves the pane over https with a certificate made in the user folder, without sudo', async () => {
  const port = await freePort();
  const paths = certificatePaths(home);
  const fetchTls = (url: string) =>
    new Promise<{ status: number; body: string }>((ok, fail) => {
      // Trusts only the CA the dev server made: the handshake fails unless the chain and the name check out.
      const ca = existsSync(paths.ca) ? readFileSync(paths.ca) : undefined;
      if (!ca) return fail(new Error('no CA yet'));
      httpsGet(url, { ca }, (res) => collect(res, ok)).on('error', fail);
    });
  const server = await start(['--port', String(port)], `https://localhost:${port}/taskpane.html`, fetchTls);
  try {
    expect(server.body).toMatch(/<title>Imunisasi<\/title>/);
    expect(server.output()).toMatch(/Sertifikat pengembangan dibuat: .*\.office-addin-dev-certs/);
    expect(server.output()).toMatch(/tidak dipasang ke sistem \(tidak perlu sudo\)/);
    expect(certificatesUsable(paths)).toBe(true);
    expect(certificatesUsable(paths, new Date(Date.now() + 40 * 24 * 3600 * 1000))).toBe(false);
    expect(existsSync(SUDO_CALLED())).toBe(false);
  } finally {
    await stop(server.child);
  }
}, 300_000);

it('serves the file-mode page over plain http with dev-server:http', async () => {
  const port = await freePort();
  const fetchPlain = (url: string) => new Promise<{ status: number; body: string }>((ok, fail) => httpGet(url, (res) => collect(res, ok)).on('error', fail));
  const server = await start(['--http', '--port', String(port)], `http://localhost:${port}/index.html`, fetchPlain);
  try {
    expect(server.body).toMatch(/<link rel="manifest" href="app.webmanifest"/);
    expect(server.output()).toMatch(/Halaman mode file: http:\/\/localhost:\d+\/index\.html/);
    expect(existsSync(SUDO_CALLED())).toBe(false);
  } finally {
    await stop(server.child);
  }
}, 300_000);

it('reads --port and refuses a bad one', () => {
  expect(parseArgs([])).toEqual({ http: false, port: 3000 });
  expect(parseArgs(['--http', '--port', '3100'])).toEqual({ http: true, port: 3100 });
  expect(() => parseArgs(['--port', 'tiga'])).toThrow(/--port harus bilangan/);
});
