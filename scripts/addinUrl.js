// The address a production build is hosted at (ADDIN_URL), checked before anything is built:
// Office loads add-ins only over https from a host every puskesmas computer can reach, so a
// missing, http or localhost address would build a manifest that no Excel accepts. Plain
// CommonJS: webpack.config.js requires it before any TypeScript is compiled.
'use strict';

const EXAMPLE = 'ADDIN_URL=https://dinkes.example.go.id/imunisasi npm run build';
const LOCAL = 'Untuk mencoba di komputer sendiri: npm run build:dev atau npm run dev-server.';

class AddinUrlError extends Error {}

/** Hosts that only ever mean "this computer". */
function isLocalHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '0.0.0.0' || host === '::1' || host === '::';
}

/**
 * ADDIN_URL as the manifest will use it (no trailing slash), or an AddinUrlError whose
 * message says what to set.
 */
function checkAddinUrl(value) {
  const raw = (value ?? '').trim();
  if (!raw) throw new AddinUrlError(`ADDIN_URL belum diisi. Build produksi memerlukan alamat https tempat isi dist/ akan di-hosting, mis.\n  ${EXAMPLE}\n${LOCAL}`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new AddinUrlError(`ADDIN_URL "${raw}" bukan alamat web. Isi alamat lengkap dengan https://, mis.\n  ${EXAMPLE}`);
  }
  if (url.protocol !== 'https:') throw new AddinUrlError(`ADDIN_URL "${raw}" memakai ${url.protocol.replace(':', '')}; Office hanya memuat add-in lewat https. Isi alamat https, mis.\n  ${EXAMPLE}`);
  if (isLocalHost(url.hostname)) throw new AddinUrlError(`ADDIN_URL "${raw}" menunjuk ke komputer ini (${url.hostname}); komputer puskesmas tidak dapat membukanya. Isi alamat server https Dinkes, mis.\n  ${EXAMPLE}\n${LOCAL}`);
  if (url.username || url.password || url.search || url.hash) throw new AddinUrlError(`ADDIN_URL "${raw}" berisi nama pengguna, kata sandi, ?query atau #bagian. Isi alamat folder saja, mis.\n  ${EXAMPLE}`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

module.exports = { checkAddinUrl, AddinUrlError, isLocalHost };
