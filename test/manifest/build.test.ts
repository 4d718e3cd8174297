import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildWeb } from '../../scripts/webPage';

/**
 * `npm run build` as a Dinkes runs it: dist/ is a complete static site for the address in
 * ADDIN_URL. Every URL of its manifest lies under that address and names a file of the build;
 * the manifest is valid against Microsoft's published XSD (test/manifest/schemas, xmllint,
 * offline). Builds for http, local or missing addresses stop before building, saying what to set.
 */

const ADDIN_URL = 'https://dinkes.example.go.id/imunisasi';
const SCHEMA = 'test/manifest/schemas/OfficeAppManifestV1_1.xsd';
const WEBPACK = require.resolve('webpack-cli/bin/cli.js');

let dir: string;
let dist: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imunisasi-build-'));
  dist = join(dir, 'dist');
  buildWeb(dist, `${ADDIN_URL}/`);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on a manifest: exit code and what it printed. */
function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile()).map((f) => f.split('\\').join('/'));

describe('npm run build with ADDIN_URL', () => {
  it('writes a manifest whose every URL is under ADDIN_URL and names a file in dist/', () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    // Every attribute that holds an address: icons (2 + 3 ribbon sizes), the pane twice, commands.
    const urls = [...manifest.matchAll(/="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(urls.length).toBe(9);
    expect(manifest).not.toMatch(/localhost/);
    for (const url of urls) {
      expect(url.startsWith(`${ADDIN_URL}/`)).toBe(true);
      const file = join(dist, new URL(url).pathname.slice(new URL(ADDIN_URL).pathname.length + 1));
      expect(existsSync(file)).toBe(true);
    }
    expect(new Set(urls)).toContain(`${ADDIN_URL}/taskpane.html`);
  });

  it('writes a manifest valid against the Office add-in manifest XSD, which catches what Office would reject', () => {
    const built = join(dist, 'manifest.xml');
    expect(validate(built)).toEqual({ status: 0, output: expect.stringContaining('validates') });
    const manifest = readFileSync(built, 'utf8');
    const broken = [
      manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'),
      manifest.replace(/(<DefaultLocale>id-ID<\/DefaultLocale>)(\s*)(<DisplayName[^>]*\/>)/, '$3$2$1'),
      manifest.replace(/<Id>[^<]+<\/Id>/, '<Id>imunisasi</Id>'),
    ];
    broken.forEach((text, i) => {
      expect(text).not.toBe(manifest);
      const file = join(dir, `rusak-${i}.xml`);
      writeFileSync(file, text);
      const verdict = validate(file);
      expect(verdict.status).not.toBe(0);
      expect(verdict.output).toMatch(/fails to validate/);
    });
  });

  it('is a complete static site: task pane, installable file-mode page, service worker listing every file the page uses, icons', () => {
    const files = filesUnder(dist);
    for (const file of ['taskpane.html', 'commands.html', 'index.html', 'app.webmanifest', 'sw.js', 'manifest.xml', 'pane.css', 'office-js/office.js', 'assets/icon-192.png', 'assets/icon-512.png']) expect(files).toContain(file);
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(index).toMatch(/<link rel="?manifest"? href="?app\.webmanifest"?>/);
    expect(index).not.toMatch(/office\.js/);
    expect(readFileSync(join(dist, 'taskpane.html'), 'utf8')).toMatch(/office-js\/office\.js/);
    const webManifest = JSON.parse(readFileSync(join(dist, 'app.webmanifest'), 'utf8'));
    expect(webManifest).toMatchObject({ start_url: './index.html', display: 'standalone' });
    for (const icon of webManifest.icons) expect(files).toContain(icon.src);
    // sw.js precaches every file but source maps, the add-in manifest and Office.js (the page runs without it).
    const precached = JSON.parse(/\)\("[0-9a-f]{16}", (\[[\s\S]*\])\);\s*$/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]);
    expect(precached).toEqual(files.filter((f) => !f.endsWith('.map') && !f.startsWith('office-js/') && f !== 'manifest.xml' && f !== 'sw.js').sort());
    for (const script of [...index.matchAll(/src="?([^" >]+\.js)"?/g)].map((m) => m[1])) expect(precached).toContain(script);
  });
});

describe('npm run build without a usable ADDIN_URL', () => {
  it.each([
    ['missing', undefined, /ADDIN_URL belum diisi/],
    ['http', 'http://dinkes.example.go.id/imunisasi', /lewat https/],
    ['localhost', 'https://localhost:3000', /menunjuk ke komputer ini/],
  ])('refuses a %s address with exit 2, says what to set, and builds nothing', (_kind, value, message) => {
    const out = join(dir, `ditolak-${_kind}`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.ADDIN_URL;
    if (value) env.ADDIN_URL = value;
    const run = spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', out], { env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/ADDIN_URL=https:\/\/dinkes\.example\.go\.id\/imunisasi npm run build/);
    expect(existsSync(out)).toBe(false);
  });

  it('npm run build:dev builds for the development server without ADDIN_URL', () => {
    const out = join(dir, 'dev');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.ADDIN_URL;
    execFileSync(process.execPath, [WEBPACK, '--mode', 'development', '--output-path', out], { env, stdio: 'pipe' });
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toMatch(/DefaultValue="https:\/\/localhost:3000\/taskpane\.html"/);
    expect(relative(out, join(out, 'index.html'))).toBe('index.html');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 300_000);
});
