// npm run dev-server: the pane on https://localhost:3000 for Excel, without sudo and as root.
// The development certificate (office-addin-dev-certs' CA and localhost certificate) lives in
// the user's folder, ~/.office-addin-dev-certs/, and is made there when missing or expiring;
// nothing is installed system-wide (office-addin-dev-certs' own server options would call
// sudo on Linux). npm run dev-server:http serves plain http for the file-mode page.
// Options: --http, --port N (default 3000, the address manifest.xml names).
'use strict';

const { spawn } = require('node:child_process');
const { X509Certificate } = require('node:crypto');
const { readFileSync, statSync } = require('node:fs');
const { homedir } = require('node:os');
const path = require('node:path');

const DAYS_VALID = 30;

/** Where the certificate files are: the same folder office-addin-dev-certs uses. */
function certificatePaths(home = homedir()) {
  const dir = path.join(home, '.office-addin-dev-certs');
  return { dir, ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
}

/** True when all three files are there and the certificate is good for at least one more day. */
function certificatesUsable(paths, now = new Date()) {
  for (const file of [paths.ca, paths.cert, paths.key]) if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return false;
  try {
    return new Date(new X509Certificate(readFileSync(paths.cert)).validTo).getTime() > now.getTime() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Makes the certificates in the user's folder when missing or expiring; says whether it did. */
async function ensureCertificates(paths = certificatePaths()) {
  if (certificatesUsable(paths)) return false;
  const { generateCertificates } = require('office-addin-dev-certs');
  await generateCertificates(paths.ca, paths.cert, paths.key, DAYS_VALID, ['127.0.0.1', 'localhost']);
  return true;
}

/** webpack-dev-server's `server` option (read by webpack.config.js under `webpack serve`). */
function serverOptions(env = process.env) {
  if (env.DEV_SERVER_HTTP === '1') return { type: 'http' };
  const paths = certificatePaths();
  return { type: 'https', options: { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key) } };
}

function parseArgs(argv) {
  const http = argv.includes('--http');
  const at = argv.indexOf('--port');
  const port = at >= 0 ? Number(argv[at + 1]) : 3000;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port harus bilangan 1–65535, bukan "${argv[at + 1]}".`);
  return { http, port };
}

async function main(argv) {
  const { http, port } = parseArgs(argv);
  if (http) {
    console.log(`Halaman mode file: http://localhost:${port}/index.html (http saja: untuk mencoba halaman di browser; Excel memerlukan https, pakai npm run dev-server).`);
  } else {
    const paths = certificatePaths();
    const made = await ensureCertificates(paths);
    console.log(`${made ? 'Sertifikat pengembangan dibuat' : 'Sertifikat pengembangan dipakai'}: ${paths.dir} (berlaku ${DAYS_VALID} hari, dibuat ulang otomatis).`);
    console.log('CA-nya tidak dipasang ke sistem (tidak perlu sudo). Agar Excel dan browser mempercayainya:');
    console.log('  Windows/macOS: npx office-addin-dev-certs install');
    console.log(`  Linux, Chromium/Firefox: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${paths.ca}`);
    console.log(`Panel: https://localhost:${port}/taskpane.html (manifest: manifest.xml), halaman mode file: https://localhost:${port}/index.html`);
  }
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [path.resolve(__dirname, '..')] });
  const child = spawn(process.execPath, [cli, 'serve', '--mode', 'development'], {
    cwd: path.resolve(__dirname, '..'),
    stdio: 'inherit',
    env: { ...process.env, DEV_SERVER_HTTP: http ? '1' : '', DEV_SERVER_PORT: String(port) },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

module.exports = { certificatePaths, certificatesUsable, ensureCertificates, serverOptions, parseArgs };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
