import JSZip from 'jszip';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';

/**
 * What must never leave a puskesmas: every NIK, name (of the person, the mother, the husband)
 * and phone number in a register workbook's person registers, as read by the add-in's readers.
 */
export function personalData(bytes: Uint8Array): { niks: string[]; names: string[]; phones: string[] } {
  const { registers } = readRegisters(readWorkbookBytes(bytes), { today: '2026-01-15' });
  const persons = [...registers.bayi, ...registers.bias, ...registers.wus, ...registers.caten, ...registers.bumil];
  const related = [...registers.bayi.map((b) => b.namaIbu), ...[...registers.wus, ...registers.caten, ...registers.bumil].map((w) => w.namaSuami)];
  const present = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v && v.trim())))];
  return { niks: present(persons.map((p) => p.nik)), names: present([...persons.map((p) => p.nama), ...related]), phones: present(persons.map((p) => p.noHp)) };
}

/** Every text of an xlsx file as stored (each XML part, entities decoded), to search in. */
export async function xlsxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return parts
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The values of `data` found in `text`: NIK and phone numbers by their digits, names as cell text. */
export function leaks(text: string, data: { niks: string[]; names: string[]; phones: string[] }): string[] {
  const digits = (v: string) => v.replace(/\D/g, '');
  const cells = new Set([...text.matchAll(/>([^<>]+)</g)].map((m) => m[1].trim().toLowerCase()));
  return [
    ...data.niks.filter((nik) => text.includes(digits(nik))),
    ...data.phones.filter((phone) => digits(phone).length >= 8 && text.includes(digits(phone).replace(/^62/, '0').slice(1))),
    ...data.names.filter((name) => cells.has(name.trim().toLowerCase()) || [...cells].some((cell) => cell.includes(name.trim().toLowerCase()) && name.trim().includes(' '))),
  ];
}
