import { deflated, repeated, ZipEntry, zipArchive } from './zip-archive';

/**
 * Hand-made .xlsx archives for what no spreadsheet program writes on purpose: sheets that expand to far more
 * than the upload, parts in Excel's own order (worksheets before shared strings), one enormous row.
 */
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const SHEET_PATH = 'xl/worksheets/sheet1.xml';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (index: number) => String.fromCharCode(65 + index);

/** One row of inline-string cells from column A. */
export const sheetRow = (rowNumber: number, values: string[]) =>
  `<row r="${rowNumber}">${values.map((value, i) => `<c r="${column(i)}${rowNumber}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`).join('')}</row>`;

const PACKAGE_PARTS = [
  deflated(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  deflated(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  deflated(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="Cán bộ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ),
  deflated(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
];

/** A workbook whose first sheet is `sheet`, followed (as Excel orders them) by `after`, e.g. the shared strings. */
export const craftedXlsx = (sheet: ZipEntry, after: ZipEntry[] = []) => zipArchive([...PACKAGE_PARTS, sheet, ...after]);

/** A first sheet with these rows. */
export const sheetOf = (rows: string) => deflated(SHEET_PATH, `${SHEET_HEAD}${rows}${SHEET_TAIL}`);

/** A first sheet with a header row, then `rows` repeated `times` — compressed to a tiny fraction of its size. */
export const sheetBomb = (header: string, rows: string, times: number) =>
  repeated(SHEET_PATH, `${SHEET_HEAD}${header}`, rows, times, SHEET_TAIL);

/** A shared-strings part with `thousands` × 1,000 copies of `text`, compressed the same way. */
export const sharedStringsBomb = (text: string, thousands: number) =>
  repeated(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>`,
    `<si><t>${escapeXml(text)}</t></si>`.repeat(1000),
    thousands,
    '</sst>',
  );

const STYLES_WITH_DATE = deflated(
  'xl/styles.xml',
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS.split(' ')[0]}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
);

/**
 * A workbook laid out as Excel writes it: the sheet first, then its styles and shared strings. Text cells refer to
 * the shared strings, dates are serial numbers with a date format — read right only if both are found.
 */
export function excelOrderedXlsx(rows: (string | Date | null)[][]): Buffer {
  const strings: string[] = [];
  const cell = (value: string | Date | null, ref: string) => {
    if (value === null) return '';
    if (value instanceof Date) return `<c r="${ref}" s="1"><v>${value.getTime() / 86_400_000 + 25_569}</v></c>`;
    if (!strings.includes(value)) strings.push(value);
    return `<c r="${ref}" t="s"><v>${strings.indexOf(value)}</v></c>`;
  };
  const sheet = rows
    .map(
      (values, r) =>
        `<row r="${r + 1}">${values.map((value, i) => cell(value, `${column(i)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  const shared = deflated(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst ${NS.split(' ')[0]} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`,
  );
  return craftedXlsx(sheetOf(sheet), [STYLES_WITH_DATE, shared]);
}
