import { csvFormat } from './csv';

describe('CSV as Excel opens it', () => {
  it('starts with a BOM, ends every line with CRLF and quotes what CSV itself needs', () => {
    const csv = csvFormat();
    expect(csv.header(['Họ và tên', 'Ghi chú'])).toBe('\uFEFFHọ và tên,Ghi chú\r\n');
    expect(csv.lines([['Nguyễn Văn A', 'dòng 1\ndòng 2, "trích"']])).toBe(
      'Nguyễn Văn A,"dòng 1\ndòng 2, ""trích"""\r\n',
    );
    expect(csv.lines([])).toBe('');
  });

  it('neutralises a cell a spreadsheet would run as a formula with a leading apostrophe', () => {
    const csv = csvFormat({ quoted: true, quoted_empty: true });
    expect(csv.lines([['=HYPERLINK("http://x.example")', '+1', '-2', '@SUM(A1)', '\tx', '', 'an toàn']])).toBe(
      `"'=HYPERLINK(""http://x.example"")","'+1","'-2","'@SUM(A1)","'\tx","","an toàn"\r\n`,
    );
  });

  it('keeps a CCCD or a phone number as quoted text when asked, with its leading zeros', () => {
    const csv = csvFormat({ quoted_match: /^\d/ });
    expect(csv.lines([['001090012345', '0912345678', 'Sở Y tế']])).toBe('"001090012345","0912345678",Sở Y tế\r\n');
  });
});
