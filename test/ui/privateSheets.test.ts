import { SHEETS } from '../../src/domain/schema/registers';
import { privateMergeRefusal, privateSheets } from '../../src/ui/privateSheets';

describe('privateSheets', () => {
  it('finds the person registers by standard name or alias, and the add-in sheets about persons', () => {
    const names = ['Puskesmas', 'Kelurahan', 'register bayi', 'Kohort Bayi', 'Register WUS', 'Status T', 'Kartu TT', 'PWS Kabupaten', 'Daftar Puskesmas', 'Data Laporan'];
    expect(privateSheets(names)).toEqual(['register bayi', 'Kohort Bayi', 'Register WUS', 'Status T', 'Kartu TT']);
  });

  it('finds every person register of the template and nothing in a Dinkes workbook', () => {
    const persons = SHEETS.filter((s) => s.persons).map((s) => s.name);
    expect(persons.length).toBeGreaterThanOrEqual(5);
    expect(privateSheets(SHEETS.map((s) => s.name))).toEqual(persons);
    expect(privateSheets(['Daftar Puskesmas', 'PWS Kabupaten', 'Cakupan Puskesmas', 'Temuan Penggabungan'])).toEqual([]);
  });

  it('says which sheets hold persons and what to do instead', () => {
    expect(privateMergeRefusal(['Register Bayi', 'Register WUS'])).toMatch(/sheet "Register Bayi", "Register WUS"\. .*Buka buku kerja kosong/);
  });
});
