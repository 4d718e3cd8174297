import { kartuList } from '../../src/ui/kartuList';

describe('kartuList', () => {
  it('splits what a person types into NIKs and Kode KK/No Urut, dropping blanks', () => {
    expect(kartuList('')).toEqual([]);
    expect(kartuList(' 3373015001250002 ,KK-7/3;\n 3373015001250003 ,, ')).toEqual(['3373015001250002', 'KK-7/3', '3373015001250003']);
  });
});
