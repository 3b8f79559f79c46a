import { isAscii } from 'node:buffer';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Why this exists: exceljs' streaming reader only streams a worksheet that comes after the shared strings and
 * the workbook relationships in the archive. Excel writes the worksheets first, so exceljs would spool the whole
 * decompressed sheet to a temporary file before reading its first row — a 5 MB upload expanding to gigabytes of
 * disk — and it keeps every shared string in memory, however many the archive expands to.
 *
 * So the upload (already in memory, at most 10 MB) is re-laid for exceljs: the small parts it needs first,
 * each decompressed under a cap, then the first worksheet decompressed as exceljs asks for it, under a cap on its
 * size and on the size of any one row. A file over a cap stops being decompressed there; nothing is written to
 * disk and no part is held whole unless it is small.
 *
 * Every part is also handed over with its non-ASCII characters written as XML character references ("ễ" as
 * "&#7877;", the same document): exceljs decodes each chunk it receives on its own, so a character split between
 * two chunks came out as "��" — "Nguy��n" in a name, several times in a 20,000-row file.
 */

export const XLSX_LIMITS = {
  /** Workbook, relationships, styles: kilobytes in any real workbook. */
  smallPartBytes: 4 * 1024 * 1024,
  /** 20,000 rows of 9 distinct strings take about 8 MB. */
  sharedStringsBytes: 32 * 1024 * 1024,
  /** The worksheet's XML as decompressed: 20,000 rows of the template take about 7 MB. */
  sheetBytes: 32 * 1024 * 1024,
  /** One `<row>` element: real rows are a few kilobytes. */
  rowBytes: 1024 * 1024,
};

export type XlsxProblem = 'too-large' | 'row-too-large' | 'unreadable';

export class XlsxArchiveError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(`xlsx archive: ${problem}`);
  }
}

interface ArchiveEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const BEFORE_SHEET = [RELS, 'xl/workbook.xml', 'xl/styles.xml', SHARED_STRINGS];
const EMPTY_PARTS: Record<string, string> = {
  [RELS]:
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  [SHARED_STRINGS]:
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
};

/** The central directory: names, methods and where each entry's data lies. */
function entriesOf(file: Buffer): ArchiveEntry[] {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > file.length) throw new XlsxArchiveError('unreadable');
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  const entries: ArchiveEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50) throw new XlsxArchiveError('unreadable');
    const nameLength = file.readUInt16LE(at + 28);
    entries.push({
      flags: file.readUInt16LE(at + 8),
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      localOffset: file.readUInt32LE(at + 42),
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return entries.sort((a, b) => a.localOffset - b.localOffset);
}

/** The entry's bytes as stored in the archive (compressed or not). */
function rawDataOf(file: Buffer, entry: ArchiveEntry): Buffer {
  const at = entry.localOffset;
  // Encrypted entries and methods other than stored/deflate are not spreadsheets we can read.
  if (entry.flags & 0x1 || (entry.method !== 0 && entry.method !== 8)) throw new XlsxArchiveError('unreadable');
  if (at + 30 > file.length || file.readUInt32LE(at) !== 0x04034b50) throw new XlsxArchiveError('unreadable');
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  if (start + entry.compressedSize > file.length) throw new XlsxArchiveError('unreadable');
  return file.subarray(start, start + entry.compressedSize);
}

/** A small part decompressed whole, refused as soon as it passes `limit`. */
function inflatePart(file: Buffer, entry: ArchiveEntry, limit: number): Buffer {
  const raw = rawDataOf(file, entry);
  if (entry.method === 0) {
    if (raw.length > limit) throw new XlsxArchiveError('too-large');
    return raw;
  }
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: limit });
  } catch (error) {
    throw new XlsxArchiveError(
      (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'unreadable',
    );
  }
}

function localHeader(name: string, flags: number, crc: number, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags | 0x0800, 6);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

function dataDescriptor(crc: number, size: number): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(size, 8);
  descriptor.writeUInt32LE(size, 12);
  return descriptor;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const withoutBom = (part: Buffer) => (part.subarray(0, 3).equals(BOM) ? part.subarray(3) : part);

const END_OF_ARCHIVE = (() => {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return end;
})();

const ROW_TAG = Buffer.from('<row');
const NON_ASCII = /[\u0080-\u{10ffff}]/gu;

/** UTF-8 text as XML bytes that are all ASCII: each other character as a character reference. */
const asciiXml = (utf8: Buffer): Buffer =>
  isAscii(utf8)
    ? utf8
    : Buffer.from(
        new TextDecoder('utf-8', { ignoreBOM: true })
          .decode(utf8)
          .replace(NON_ASCII, (char) => `&#${char.codePointAt(0)};`),
        'latin1',
      );

/** Where a character that the chunk does not finish starts (the chunk's length when it ends on a whole one). */
function incompleteTail(chunk: Buffer): number {
  for (let i = chunk.length - 1; i >= Math.max(0, chunk.length - 4); i--) {
    const byte = chunk[i];
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + length > chunk.length ? i : chunk.length;
  }
  return chunk.length;
}

/**
 * The worksheet decompressed chunk by chunk as the reader pulls it. Past a cap it records the problem and
 * ends the sheet there, so the reader finishes cleanly and the caller reports the problem.
 */
async function* guardedSheet(
  raw: Buffer,
  method: number,
  report: (problem: XlsxProblem) => void,
): AsyncGenerator<Buffer> {
  const source = method === 0 ? Readable.from([raw]) : Readable.from([raw]).pipe(zlib.createInflateRaw());
  let total = 0;
  // A character split between two decompressed chunks is converted once both are in.
  let pending: Buffer = Buffer.alloc(0);
  let sinceRow = 0;
  let tail: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > XLSX_LIMITS.sheetBytes) return report('too-large');
      // Bytes since the last "<row" (the search includes the previous chunk's last bytes, for a tag split in two).
      const window = Buffer.concat([tail, chunk]);
      const lastRow = window.lastIndexOf(ROW_TAG);
      sinceRow = lastRow < 0 ? sinceRow + chunk.length : window.length - lastRow;
      if (sinceRow > XLSX_LIMITS.rowBytes) return report('row-too-large');
      tail = window.subarray(Math.max(0, window.length - (ROW_TAG.length - 1)));
      const text = total === chunk.length ? withoutBom(chunk) : Buffer.concat([pending, chunk]);
      const whole = incompleteTail(text);
      pending = text.subarray(whole);
      if (whole) yield asciiXml(text.subarray(0, whole));
    }
    if (pending.length) yield asciiXml(pending);
  } catch {
    return report('unreadable');
  } finally {
    source.destroy();
  }
}

export interface StreamableXlsx {
  /** An archive exceljs' WorkbookReader reads front to back without spooling anything. */
  stream: Readable;
  /** Set when a cap stopped the worksheet early or its data was corrupt. */
  problem(): XlsxProblem | undefined;
}

/** The workbook's relationships, workbook, styles and shared strings, then its first worksheet. */
export function streamableXlsx(file: Buffer): StreamableXlsx {
  const entries = entriesOf(file);
  const found = entries.find((entry) => SHEET.test(entry.name));
  if (!found) throw new XlsxArchiveError('unreadable');
  const sheet: ArchiveEntry = found;
  const parts = BEFORE_SHEET.flatMap((name) => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (entry)
      return [
        {
          name,
          data: asciiXml(
            withoutBom(
              inflatePart(
                file,
                entry,
                name === SHARED_STRINGS ? XLSX_LIMITS.sharedStringsBytes : XLSX_LIMITS.smallPartBytes,
              ),
            ),
          ),
        },
      ];
    // Without these two, exceljs would wait for them and spool the sheet to disk meanwhile.
    return EMPTY_PARTS[name] ? [{ name, data: Buffer.from(EMPTY_PARTS[name], 'utf8') }] : [];
  });
  const raw = rawDataOf(file, sheet);
  let problem: XlsxProblem | undefined;
  async function* archive(): AsyncGenerator<Buffer> {
    for (const part of parts)
      yield Buffer.concat([localHeader(part.name, 0, zlib.crc32(part.data), part.data.length), part.data]);
    // The sheet is stored (flag 0x08: sizes follow the data), so it can be produced while it is read.
    yield localHeader(sheet.name, 0x08, 0, 0);
    let crc = 0;
    let size = 0;
    for await (const chunk of guardedSheet(raw, sheet.method, (found) => (problem = found))) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
    yield dataDescriptor(crc, size);
    yield END_OF_ARCHIVE;
  }
  return { stream: Readable.from(archive(), { objectMode: false }), problem: () => problem };
}
