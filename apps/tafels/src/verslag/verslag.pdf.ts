import PDFDocument from 'pdfkit';

/** One part of a downloadable document: a question as its heading, short paragraphs under it. */
export interface Sectie {
  kop: string;
  alineas: readonly string[];
}

export interface Pdf {
  titel: string;
  onderwerp: string;
  /** What the reader must know first: concept or adopted, and until when remarks can be sent. */
  markering: string;
  secties: readonly Sectie[];
}

/**
 * Writes the document: any list of sections, so what another part of the table adds (its
 * agreements) is one more section in the list, not another layout.
 */
export function maakPdf(pdf: Pdf): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: pdf.titel, Subject: pdf.onderwerp }, lang: 'nl-NL', displayTitle: true });
  const delen: Buffer[] = [];
  doc.on('data', (deel: Buffer) => delen.push(deel));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(20).text(pdf.titel);
  doc.moveDown(0.3).font('Helvetica').fontSize(12).text(pdf.onderwerp);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#8a1c00').text(pdf.markering).fillColor('black');
  for (const sectie of pdf.secties) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).text(sectie.kop);
    doc.font('Helvetica').fontSize(11);
    for (const alinea of sectie.alineas) doc.moveDown(0.4).text(alinea, { lineGap: 2 });
  }
  doc.end();
  return klaar;
}
