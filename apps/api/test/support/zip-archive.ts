import zlib from 'node:zlib';

/** One file of a hand-made archive, already compressed. */
export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressed: Buffer;
  crc: number;
  size: number;
}

export const stored = (name: string, text: string): ZipEntry => {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, compressed: data, crc: zlib.crc32(data), size: data.length };
};

export const deflated = (name: string, text: string): ZipEntry => {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 8, compressed: zlib.deflateRawSync(data), crc: zlib.crc32(data), size: data.length };
};

/**
 * A "zip bomb" entry: `head`, then `unit` repeated `times`, then `tail`, compressed without ever holding the
 * expanded text. Each piece is deflated on its own with a full flush (no reference to earlier data), so the
 * compressed unit can simply be repeated: the archive stays small while the entry expands to
 * `unit.length × times` bytes.
 */
export function repeated(name: string, head: string, unit: string, times: number, tail: string): ZipEntry {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const [headData, unitData, tailData] = [head, unit, tail].map((text) => Buffer.from(text, 'utf8'));
  const unitCompressed = zlib.deflateRawSync(unitData, flush);
  const compressed = Buffer.concat([
    zlib.deflateRawSync(headData, flush),
    ...Array.from({ length: times }, () => unitCompressed),
    zlib.deflateRawSync(tailData),
  ]);
  let crc = zlib.crc32(headData);
  for (let i = 0; i < times; i++) crc = zlib.crc32(unitData, crc);
  crc = zlib.crc32(tailData, crc);
  return { name, method: 8, compressed, crc, size: headData.length + unitData.length * times + tailData.length };
}

/** A plain ZIP archive (no ZIP64, no data descriptors) of the entries, in the given order. */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.compressed.length, 18);
    header.writeUInt32LE(entry.size >>> 0, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, entry.compressed);
    centrals.push(central, name);
    offset += header.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
