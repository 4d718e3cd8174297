import { normalizeName, stripInvisible, visibleText } from '../../../src/domain/read/normalize';

describe('header normalisation', () => {
  it.each([
    ['zero-width space', 'N\u200BIK'],
    ['zero-width joiner and non-joiner', '\u200DNI\u200CK'],
    ['byte-order mark', '\uFEFFNIK'],
    ['word joiner', 'NIK\u2060'],
    ['soft hyphen', 'N\u00ADIK'],
    ['left-to-right mark', '\u200ENIK'],
    ['no-break space', '\u00A0NIK\u00A0'],
  ])('ignores a %s: the header reads as the "NIK" the user sees', (_, text) => {
    expect(normalizeName(text)).toBe(normalizeName('NIK'));
  });

  it('still tells different headers apart', () => {
    expect(normalizeName('Tanggal\u200B Lahir')).toBe('tanggallahir');
    expect(normalizeName('Tgl\u00A0Lahir')).toBe(normalizeName('Tgl. Lahir'));
    expect(normalizeName('Tangal Lahir')).not.toBe(normalizeName('Tanggal Lahir'));
  });

  it('shows a header back as the user sees it', () => {
    expect(visibleText('\uFEFFTanggal\u00A0\u00A0Lahir\u200B ')).toBe('Tanggal Lahir');
    expect(stripInvisible('a\u202Fb\u00ADc')).toBe('a bc');
  });
});
