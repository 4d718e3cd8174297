import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

/**
 * What the end-to-end test and the screenshot script share: a production build of the pane,
 * a local static server for it, and Debian's Chromium without any background traffic.
 */

const ROOT = resolve(__dirname, '..');

/** Where test and screenshot builds say they are hosted (the page itself is served locally). */
export const TEST_ADDIN_URL = 'https://dinkes.example.go.id/imunisasi';

/** `npm run build` into `outDir` (webpack's CLI in its own process; its cache makes reruns quick). */
export function buildWeb(outDir: string, addinUrl = TEST_ADDIN_URL): void {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  execFileSync(process.execPath, [cli, '--mode', 'production', '--output-path', outDir], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ADDIN_URL: addinUrl } });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a free port), as any static web host would. */
export async function serveStatic(folder: string): Promise<StaticServer> {
  const dir = resolve(folder);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections(); // keep-alive sockets too: the site is gone at once
    });
  return { origin: `http://127.0.0.1:${port}`, requests, close };
}

/** Flags that keep Chromium itself quiet on the network (updates, sync, QUIC probes). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile that is deleted on close. */
export async function launchChromium(viewport = { width: 360, height: 760 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'imunisasi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
