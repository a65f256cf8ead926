import { execFileSync } from 'node:child_process';

export interface PdfContent {
  /** The text of every page, runs of spaces and tabs collapsed. */
  text: string;
  pages: number;
  title: string | undefined;
}

// pdf.js loads its worker with a dynamic import, which Jest's module sandbox refuses; a
// plain Node process reads the PDF instead.
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const text = await parser.getText({ pageJoiner: '' });
  const info = await parser.getInfo();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, title: info.info?.Title }));
});`;

/** Extracts the text and title of a PDF with pdf-parse (tests only). */
export function readPdf(pdf: Buffer): PdfContent {
  const output = execFileSync(process.execPath, ['-e', SCRIPT], {
    input: pdf,
    cwd: __dirname,
    maxBuffer: 16 * 1024 * 1024,
  });
  const parsed = JSON.parse(output.toString('utf8')) as PdfContent;
  return { ...parsed, text: parsed.text.normalize('NFC').replace(/[ \t]+/g, ' ') };
}
