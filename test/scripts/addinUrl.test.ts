import { AddinUrlError, checkAddinUrl } from '../../scripts/addinUrl';

/** The address a production build is hosted at: https, reachable from other computers, a folder. */
describe('checkAddinUrl', () => {
  it('takes an https address with or without a folder, dropping the trailing slash', () => {
    expect(checkAddinUrl('https://dinkes.example.go.id/imunisasi/')).toBe('https://dinkes.example.go.id/imunisasi');
    expect(checkAddinUrl(' https://Dinkes.Example.go.id ')).toBe('https://dinkes.example.go.id');
    expect(checkAddinUrl('https://10.2.3.4:8443/addin')).toBe('https://10.2.3.4:8443/addin');
  });

  it.each([
    [undefined, /ADDIN_URL belum diisi.*\n.*ADDIN_URL=https:\/\/dinkes\.example\.go\.id\/imunisasi npm run build/],
    ['', /ADDIN_URL belum diisi/],
    ['dinkes.example.go.id', /bukan alamat web/],
    ['http://dinkes.example.go.id/imunisasi', /memakai http; Office hanya memuat add-in lewat https/],
    ['https://localhost:3000', /menunjuk ke komputer ini \(localhost\).*\n.*\n.*npm run build:dev/],
    ['https://127.0.0.1/imunisasi', /menunjuk ke komputer ini \(127\.0\.0\.1\)/],
    ['https://[::1]:3000', /menunjuk ke komputer ini/],
    ['https://app.localhost', /menunjuk ke komputer ini/],
    ['https://dinkes.example.go.id/imunisasi?v=2', /\?query/],
  ])('refuses %p saying what to set', (value, message) => {
    expect(() => checkAddinUrl(value)).toThrow(AddinUrlError);
    expect(() => checkAddinUrl(value)).toThrow(message);
  });
});
