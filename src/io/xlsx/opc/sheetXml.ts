import { elements, unescapeXml } from './xml';

/**
 * The text in cell A1 of a worksheet part, or null when A1 holds no text. `sharedString`
 * looks up an index in the workbook's shared strings.
 */
export function cellA1Text(sheetXml: string, sharedString: (index: number) => Promise<string | null>): Promise<string | null> {
  const m = /<((?:[\w.-]+:)?c)\s(?=[^>]*\br="A1")([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/.exec(sheetXml);
  if (!m || m[3] === '/>') return Promise.resolve(null);
  const type = /\bt="([^"]*)"/.exec(m[2])?.[1];
  const body = m[4] ?? '';
  const v = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(body)?.[1];
  if (type === 's') return v === undefined ? Promise.resolve(null) : sharedString(Number(v));
  if (type === 'str') return Promise.resolve(v === undefined ? null : unescapeXml(v));
  if (type === 'inlineStr') return Promise.resolve(stringItemText(body));
  return Promise.resolve(null);
}

/** The visible text of a shared-string item or inline string: its runs, without phonetic guides. */
export function stringItemText(itemXml: string): string {
  const visible = itemXml.replace(/<((?:[\w.-]+:)?rPh)\b[\s\S]*?<\/\1>/g, '');
  return elements(visible, 't')
    .map((t) => unescapeXml(visible.slice(t.innerStart, t.innerEnd)))
    .join('');
}
