import { execFile } from 'node:child_process';

/**
 * The text of a PDF, as pdf-parse reads it. pdf.js loads its worker by a dynamic import, which Jest's
 * module sandbox does not allow, so the parse runs in a plain Node process beside the test.
 */
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const delen = [];
process.stdin.on('data', (d) => delen.push(d));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(delen) });
  const { text } = await parser.getText();
  await parser.destroy();
  process.stdout.write(text);
});`;

export function pdfTekst(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const kind = execFile(process.execPath, ['-e', SCRIPT], { cwd: __dirname, maxBuffer: 16 * 1024 * 1024 }, (fout, stdout) =>
      fout ? reject(fout) : resolve(stdout.replace(/\s+/g, ' ')),
    );
    kind.stdin?.end(pdf);
  });
}
