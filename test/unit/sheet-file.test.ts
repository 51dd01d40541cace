import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { library } from '../helpers/library';

async function xlsx(rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Notes');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('an Excel sheet of sticky notes', () => {
  it('is read in the import child process as the text of its first sheet’s rows, numbers and formulas as shown', async () => {
    const { callLater } = library();
    const content = await xlsx([
      ['Stage', 'Lane', 'Text', 'Score'],
      ['Book', 'Pain points', 'Queue at security', -1.5],
      [2, 'Goals', { richText: [{ text: 'Get ' }, { text: 'home' }] }, { formula: '1+0', result: 1 }],
    ]);
    const r = await callLater('readSheet', { content });
    expect(r).toEqual({
      ok: true,
      value: {
        header: ['Stage', 'Lane', 'Text', 'Score'],
        records: [
          { line: 2, cells: ['Book', 'Pain points', 'Queue at security', '-1.5'] },
          { line: 3, cells: ['2', 'Goals', 'Get home', '1'] },
        ],
      },
    });
  });

  it('refuses a file that is not a spreadsheet, or a damaged one, with a message and no crash', async () => {
    const { callLater } = library();
    const notZip = await callLater('readSheet', { content: Buffer.from('Stage,Lane\n').toString('base64') });
    expect(notZip).toMatchObject({ ok: false, error: { message: expect.stringContaining('no rows to read') } });
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]).toString('base64');
    const damaged = await callLater('readSheet', { content: broken });
    expect(damaged).toMatchObject({ ok: false, error: { message: expect.stringContaining('no rows to read') } });
  });
});
