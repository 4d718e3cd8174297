import { unescapeXml, XmlHandler } from './xmlScanner';

/**
 * The shared string table (xl/sharedStrings.xml), read as it streams: each <si> is its plain
 * text, the runs of rich text joined, phonetic guides (<rPh>) left out.
 */
export class SharedStringsHandler implements XmlHandler {
  /** By index; only the wanted ones are filled. */
  readonly strings: (string | undefined)[] = [];
  wantText = false;
  private index = -1;

  /** `wanted[i]` set: string i is used by a cell read (the others are scanned past, never built). */
  constructor(private readonly wanted: Uint8Array) {}

  private parts: string[] = [];
  private inItem = false;
  private inPhonetic = false;

  open(name: string, _s: string, _start: number, _end: number, selfClosing: boolean): void {
    if (name === 'si') {
      this.index++;
      if (selfClosing) this.strings[this.index] = '';
      else {
        this.inItem = this.wanted[this.index] === 1;
        this.parts = [];
      }
    } else if (name === 'rPh') this.inPhonetic = !selfClosing;
    else if (name === 't' && this.inItem && !this.inPhonetic && !selfClosing) this.wantText = true;
  }

  /** Every wanted string is built: the rest of the table need not be read. */
  get complete(): boolean {
    return this.index >= this.wanted.length - 1 && !this.inItem;
  }

  close(name: string): void {
    if (name === 't') this.wantText = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'si') {
      if (this.inItem) this.strings[this.index] = unescapeXml(this.parts.join(''));
      this.inItem = false;
    }
  }

  text(s: string, start: number, end: number): void {
    this.parts.push(s.slice(start, end));
  }
}
