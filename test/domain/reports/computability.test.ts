import { computeWorkbookStatus } from '../../../src/app/status';
import { Cell } from '../../../src/domain/raw';
import { computability, EVERYWHERE } from '../../../src/domain/reports/computability';
import { HANDMADE } from '../../helpers/handmadeWorkbook';
import { roundTrip } from '../../helpers/workbook';

const TODAY = '2025-04-30';
const LISTED = ['K01', 'K02'];

const bayi = (sheets: Record<string, Cell[][]>) => sheets['Register Bayi'];
const col = (sheets: Record<string, Cell[][]>, header: string) => bayi(sheets)[0].indexOf(header);

/** The hand-made workbook with some sheets changed, read back through a real xlsx file. */
function read(change: (sheets: Record<string, Cell[][]>) => void, keepUnknownCodes = false) {
  const sheets = structuredClone(HANDMADE);
  // Clean first: the hand-made registers leave K02's sasaran blank and hold unknown codes on purpose.
  sheets.Kelurahan[3] = ['K02', 'Mangunsari', 2025, 8000, 80, 88, 1750];
  if (!keepUnknownCodes) {
    bayi(sheets)[5][col(sheets, 'Kode Kelurahan')] = 'K01';
    sheets['Register BIAS'][6][6] = 'SD01';
  }
  change(sheets);
  const { registers, findings, persons } = computeWorkbookStatus(roundTrip(sheets), { today: TODAY });
  return { findings, result: computability(findings, registers, { listed: LISTED, persons }) };
}

describe('computability', () => {
  it('clean registers: every figure computable, report final', () => {
    const { result } = read(() => {});
    expect(result.errorCount).toBe(0);
    expect(result.final).toBe(true);
    expect(result.list()).toEqual([]);
  });

  it('a mistyped required dose header blocks that dose (and IDL and the DPT doses given, which need it) everywhere', () => {
    const { result } = read((s) => (bayi(s)[0][col(s, 'DPT-HB-Hib 3')] = 'DTP-HB-Hib 3'));
    // The doses DPT-HB-Hib vials served (stock, IP, wastage) count that column too. DPT 3 is also a
    // T source, but none of these infants has T doses in the women's registers: the T lines stand.
    expect(result.indicators()).toEqual(['dpt3', 'idl', 'irl', 'stok.DPT-HB-HIB.dosis']);
    expect(result.list().map((n) => [n.indikator, n.kodeKelurahan])).toEqual([['dpt3', EVERYWHERE], ['idl', EVERYWHERE], ['irl', EVERYWHERE], ['stok.DPT-HB-HIB.dosis', EVERYWHERE]]);
    expect(result.reason('dpt3_kumulatif', 'K01')).toMatch(/tidak dapat dihitung: kolom "DPT-HB-Hib 3" tidak ada di Register Bayi/);
    expect(result.reason('dpt1', 'K01')).toBeNull();
    expect(result.reason('desa_uci')).toMatch(/tidak dapat dihitung/);
  });

  it('an unreadable dose cell blocks that dose at the row\'s kelurahan and in the total, not elsewhere', () => {
    // Row 4 (Anak Tiga) lives in K02; BCG typed as nonsense.
    const { result } = read((s) => (bayi(s)[3][col(s, 'BCG')] = '31-02-2025'));
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.reason('bcg', 'K02')).toMatch(/error di Register Bayi kolom "BCG" baris 4/);
    expect(result.reason('bcg', 'TOTAL')).not.toBeNull();
    expect(result.reason('bcg', 'K01')).toBeNull();
    expect(result.reason('hb0', 'K02')).toBeNull();
  });

  it('an error in a column that is not counted (nama) makes the report not final but blocks nothing', () => {
    const { result } = read((s) => (bayi(s)[2][col(s, 'Nama')] = null));
    expect(result.errorCount).toBe(1);
    expect(result.final).toBe(false);
    expect(result.list()).toEqual([]);
  });

  it('an unknown Kode Kelurahan (REF_UNKNOWN) blocks nothing: its doses are shown under "not listed"', () => {
    // The hand-made registers hold two: K09 in Register Bayi row 6, SD99 in Register BIAS row 7.
    const { findings, result } = read(() => {}, true);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['REF_UNKNOWN', 'REF_UNKNOWN']);
    expect(result.errorCount).toBe(2);
    expect(result.list()).toEqual([]);
  });

  it('a broken Td dose of a bumil blocks the T lines at her kelurahan only', () => {
    // Register Bumil row 3 (Ibu Hamil Dua) lives in K02.
    const { result } = read((s) => (s['Register Bumil'][2][15] = 'kemarin'));
    expect(result.reason('bumil_t2plus', 'K02')).toMatch(/error di Register Bumil kolom "Td\/TT Dosis 1" baris 3/);
    expect(result.reason('bumil_t2plus', 'K01')).toBeNull();
    expect(result.reason('wus_t1', 'K02')).not.toBeNull();
    expect(result.reason('hb0', 'K02')).toBeNull();
  });
});
