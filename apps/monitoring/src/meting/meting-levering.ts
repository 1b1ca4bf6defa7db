import type { Request } from 'express';
import { Transform, TransformCallback } from 'node:stream';
import { OngeldigeInvoer, TeGroot } from '@koers/domain';
import { CsvBestandFout, CsvFormaat, leesMetingenCsv } from './csv/metingen-csv';
import { IngelezenRij } from './meting-intake.service';
import { leesJsonMeting } from './meting.rules';

/** The rows of a JSON delivery (an array of measurements), each checked on its own. */
export function* jsonRijen(body: unknown): Generator<IngelezenRij> {
  if (!Array.isArray(body)) {
    throw new OngeldigeInvoer([{ naam: 'body', code: 'array', reden: 'stuur een JSON-array van metingen (of text/csv)' }]);
  }
  for (const [index, item] of body.entries()) {
    const gelezen = leesJsonMeting(item, index + 1);
    yield 'rij' in gelezen ? { rij: gelezen.rij } : { fouten: gelezen.fouten, deel: gelezen.deel };
  }
}

/** The rows of a CSV delivery, streamed from the request; a file-level fault becomes a 400 naming it. */
export async function* csvRijen(request: Request, formaat: CsvFormaat, maxBytes: number): AsyncGenerator<IngelezenRij> {
  try {
    for await (const regel of leesMetingenCsv(request.pipe(byteLimit(maxBytes)), formaat, { delen: true })) {
      if ('meting' in regel) yield { rij: regel.meting };
      else if ('fout' in regel) yield { fouten: [regel.fout] };
      else yield { fouten: [], deel: regel.deel };
    }
  } catch (error) {
    if (error instanceof CsvBestandFout) {
      throw new OngeldigeInvoer(
        [{ naam: error.regel ? `regel ${error.regel}` : 'bestand', code: 'ongeldig-csv', reden: error.reden }],
        `Het CSV-bestand is geweigerd: ${error.reden}. Er is niets opgeslagen.`,
      );
    }
    throw error;
  }
}

/** Counts bytes as they stream by and stops the upload beyond the limit (413), without buffering it. */
function byteLimit(maxBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      total += chunk.length;
      if (total > maxBytes) {
        callback(new TeGroot(`Het bestand is groter dan ${maxBytes} bytes.`));
        return;
      }
      callback(null, chunk);
    },
  });
}

/** `KOLOM:indicatorcode` pairs from the query into the StatLine column mapping. */
export function statlineFormaat(kolommen: string[] | undefined, bron: string | undefined): CsvFormaat {
  if (!kolommen?.length) {
    throw new OngeldigeInvoer([{ naam: 'statlineKolom', code: 'verplicht', reden: 'noem bij formaat=statline minstens één KOLOM:indicatorcode' }]);
  }
  const waarden = Object.fromEntries(kolommen.map((paar) => [paar.slice(0, paar.lastIndexOf(':')), paar.slice(paar.lastIndexOf(':') + 1)]));
  return { soort: 'statline', kolommen: { waarden, ...(bron ? { bron } : {}) } };
}
