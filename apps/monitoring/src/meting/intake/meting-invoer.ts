import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ReeksSleutel } from '../../trend/reeks-wachtrij';
import type { MetingRij } from '../meting.rules';
import { soortVanCode } from '../periode.rules';
import { copyVeld, metingVelden } from './copy-tekst';
import { Spool } from './spool';

/** The staging table of the comparing path: the delivery as sent, with line numbers, no indexes. */
export const STAGING = 'meting_invoer';
/** COPY text is sent in chunks of about this many characters. */
const CHUNK = 256 * 1024;
const UNIQUE_VIOLATION = '23505';

/**
 * How the rows ended up: all copied straight into `meting` as new figures, or in the staging table
 * to be compared and merged with what is stored.
 */
export type Invoer = { soort: 'direct'; nieuw: number; reeksen: ReeksSleutel[] } | { soort: 'staging' };

/**
 * Streams the checked rows of one delivery into PostgreSQL, inside the intake's transaction.
 *
 * A delivery of only new keys — every first upload — is copied straight into `meting`, behind a
 * savepoint, while the same rows are kept aside (spool). As soon as the COPY meets a key that is
 * already stored or occurs twice in the delivery, the unique index refuses it: the savepoint is
 * rolled back and the rows kept aside, then the rest of the stream, go into the staging table for
 * the comparing merge. Either way it is one transaction, all or nothing, and memory stays flat.
 */
export class MetingInvoer {
  private modus: 'direct' | 'staging' = 'direct';
  private copy: Writable & { rowCount?: number };
  private copyFout?: Error;
  private readonly spool = new Spool();
  /** Staging lines (line number first): what is kept aside, and later what goes into staging. */
  private stagingTekst = '';
  private directTekst = '';
  private readonly directStaart: string;
  private readonly reeksen = new Set<string>();

  private constructor(
    private readonly client: PoolClient,
    private readonly schema: string,
    levering: { regio: string; aanleverancier: string },
    private readonly standaardBron: string | null,
  ) {
    this.directStaart = `\t${copyVeld(levering.regio)}\t${copyVeld(levering.aanleverancier)}\n`;
    this.copy = this.startCopy(
      `COPY "${schema}".meting (indicator, gemeente, periode, waarde, teller, noemer, bron, regio, aanleverancier) FROM STDIN`,
    );
  }

  static async open(client: PoolClient, schema: string, levering: { regio: string; aanleverancier: string }, standaardBron: string | null): Promise<MetingInvoer> {
    await client.query('SAVEPOINT meting_direct');
    return new MetingInvoer(client, schema, levering, standaardBron);
  }

  async voegToe(rij: MetingRij): Promise<void> {
    const velden = metingVelden(rij, this.standaardBron);
    this.stagingTekst += `${rij.regel}\t${velden}\n`;
    if (this.modus === 'direct') {
      this.directTekst += velden + this.directStaart;
      const bron = (rij.bron ?? this.standaardBron) as string;
      this.reeksen.add(`${rij.indicator}\n${rij.gemeente ?? ''}\n${soortVanCode(rij.periode)}\n${bron}`);
    }
    if (this.stagingTekst.length >= CHUNK) await this.spoel();
  }

  /** Ends the stream; from here on the rows are in `meting` (direct) or in the staging table. */
  async sluit(): Promise<Invoer> {
    await this.spoel();
    if (this.modus === 'direct') {
      try {
        await this.beeindig();
        await this.client.query('RELEASE SAVEPOINT meting_direct');
        return { soort: 'direct', nieuw: this.copy.rowCount ?? 0, reeksen: [...this.reeksen].map(alsReeks) };
      } catch (error) {
        if (!isUniekeSleutelFout(error)) throw error;
        await this.naarStaging();
      }
    }
    await this.beeindig();
    // A temporary table has no statistics until analysed; the merge plans better with them.
    await this.client.query(`ANALYZE ${STAGING}`);
    return { soort: 'staging' };
  }

  /** The input broke off: abort the COPY (the transaction rolls back) and clean up. */
  async breekAf(): Promise<void> {
    if (!this.copyFout) this.copy.destroy();
    await this.ruimOp();
  }

  async ruimOp(): Promise<void> {
    await this.spool.ruimOp();
  }

  private async spoel(): Promise<void> {
    if (this.modus === 'staging') {
      if (this.stagingTekst) await this.schrijf(this.stagingTekst);
      this.stagingTekst = '';
      return;
    }
    if (!this.directTekst) return;
    // Kept as bytes: text built field by field is a tree of small strings, many times its length on the heap.
    await this.spool.schrijf(Buffer.from(this.stagingTekst));
    const tekst = this.directTekst;
    this.stagingTekst = '';
    this.directTekst = '';
    try {
      await this.schrijf(tekst);
    } catch (error) {
      if (!isUniekeSleutelFout(error)) throw error;
      await this.naarStaging();
    }
  }

  /** Rolls the direct COPY back and replays the rows kept aside into the staging table. */
  private async naarStaging(): Promise<void> {
    this.modus = 'staging';
    this.reeksen.clear();
    this.directTekst = '';
    await this.client.query('ROLLBACK TO SAVEPOINT meting_direct');
    await this.client.query(`CREATE TEMP TABLE IF NOT EXISTS ${STAGING} (
      regel int, indicator text, gemeente text, periode text, waarde numeric, teller numeric, noemer numeric, bron text
    ) ON COMMIT DROP`);
    await this.client.query(`TRUNCATE ${STAGING}`);
    this.copy = this.startCopy(`COPY ${STAGING} FROM STDIN`);
    for await (const stuk of this.spool.lees()) await this.schrijf(stuk);
    await this.spool.ruimOp();
  }

  private startCopy(sql: string): Writable & { rowCount?: number } {
    const copy = this.client.query(copyFrom(sql));
    this.copyFout = undefined;
    // The server may refuse the COPY while we await the input; remember it for the next write.
    copy.on('error', (error: Error) => {
      if (copy === this.copy) this.copyFout ??= error;
    });
    return copy;
  }

  /** One chunk at a time: the next is written only after the previous one drained. */
  private async schrijf(tekst: string | Buffer): Promise<void> {
    if (this.copyFout) throw this.copyFout;
    if (!this.copy.write(tekst)) await once(this.copy, 'drain');
  }

  private async beeindig(): Promise<void> {
    if (this.copyFout) throw this.copyFout;
    const klaar = once(this.copy, 'finish');
    this.copy.end();
    await klaar;
  }
}

function isUniekeSleutelFout(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === UNIQUE_VIOLATION;
}

function alsReeks(sleutel: string): ReeksSleutel {
  const [indicator, gemeente, soort] = sleutel.split('\n', 3);
  const bron = sleutel.slice(indicator.length + gemeente.length + soort.length + 3);
  return { indicator, gemeente: gemeente || null, soort, bron };
}
