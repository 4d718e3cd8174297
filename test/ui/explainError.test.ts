import { UnreadableFileError } from '../../src/io/xlsx/unreadableFile';
import { explainError } from '../../src/ui/explainError';

/** What Office.js throws: an Error with a code (OfficeExtension.Error). */
const officeError = (code: string, message: string) => Object.assign(new Error(message), { name: 'RichApi.Error', code });

describe('explainError', () => {
  it('gives the plain reason of a file that cannot be read, as is', () => {
    const error = new UnreadableFileError('password', 'x.xlsx: file dilindungi kata sandi.');
    expect(explainError(error)).toEqual({ message: 'x.xlsx: file dilindungi kata sandi.' });
  });

  it('says what to do for the Office.js errors a person can act on, and keeps the technical text aside', () => {
    const explained = explainError(officeError('InvalidOperationInCellEditMode', 'The operation is not supported while in cell-edit mode'));
    expect(explained.message).toMatch(/Tekan Enter atau Esc/);
    expect(explained.detail).toBe('RichApi.Error (InvalidOperationInCellEditMode): The operation is not supported while in cell-edit mode');
    expect(explainError(officeError('AccessDenied', 'denied')).message).toMatch(/diproteksi/);
  });

  it('never shows a raw exception: anything else gets a plain sentence and the detail folded away', () => {
    const explained = explainError(new TypeError("Cannot read properties of undefined (reading 'values')"));
    expect(explained.message).toMatch(/^Terjadi kesalahan yang tidak terduga/);
    expect(explained.message).not.toMatch(/undefined|TypeError/);
    expect(explained.detail).toMatch(/TypeError/);
    expect(explainError('aneh').detail).toBe('aneh');
  });
});
