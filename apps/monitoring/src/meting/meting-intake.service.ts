import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { OngeldigeInvoer } from '@koers/domain';
import { DATA_SOURCE, pgClientOf, schemaOf } from '@koers/persistence';
import { IndicatorService } from '../indicator/indicator.service';
import { GebiedService } from '../gebied/gebied.service';
import { IN_WACHTRIJ, soortSql, TE_BEOORDELEN, wekTrenddetectie, zetInWachtrij } from '../trend/reeks-wachtrij';
import { MetingInvoer, STAGING } from './intake/meting-invoer';
import { Aanleverruimte, controleerRij, GelezenDeel, leveringGeweigerd, MetingRij, RijFout } from './meting.rules';

/** A row with faults carries what could be read of it, so the region's checks name their faults too. */
export type IngelezenRij = { rij: MetingRij } | { fouten: RijFout[]; deel?: GelezenDeel };

export interface Levering {
  regio: string;
  /** Organisation, gemeente code or system that delivers. */
  aanleverancier: string;
  standaardBron: string | null;
}

export interface IntakeResultaat {
  ontvangen: number;
  nieuw: number;
  gecorrigeerd: number;
  ongewijzigd: number;
  /** Series the delivery changed, queued to be judged against their course after commit (trend detection). */
  reeksenTeBeoordelen: number;
}

/** How many bad rows a refusal lists; the total is always given. */
const MAX_GEMELDE_FOUTEN = 1000;

/**
 * Takes a delivery of measurements in, all or nothing. Every row is checked while it streams in;
 * memory stays flat whatever the size. New figures are copied straight into `meting`; when the
 * delivery touches stored keys (or repeats one), the rows go through a staging table and are merged
 * set-wise instead: new keys inserted, changed values corrected (the earlier value kept in
 * meting_historie), identical ones left alone — so re-sending a delivery changes nothing.
 */
@Injectable()
export class MetingIntakeService {
  private readonly logger = new Logger(MetingIntakeService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly gebieden: GebiedService,
  ) {}

  /** In a transaction of its own (HTTP). */
  neemAan(levering: Levering, rijen: AsyncIterable<IngelezenRij> | Iterable<IngelezenRij>): Promise<IntakeResultaat> {
    return this.dataSource.transaction((manager) => this.neemAanIn(manager, levering, rijen));
  }

  /** Inside the caller's transaction (an event handler's transaction). */
  async neemAanIn(manager: EntityManager, levering: Levering, rijen: AsyncIterable<IngelezenRij> | Iterable<IngelezenRij>): Promise<IntakeResultaat> {
    const client = pgClientOf(manager);
    // Sorting and hashing a large delivery in memory instead of spilling to disk (only this transaction).
    await client.query(`SET LOCAL work_mem = '64MB'`);
    const ruimte = await this.ruimte(levering);
    const invoer = await MetingInvoer.open(client, schemaOf(this.dataSource), levering, ruimte.standaardBron);
    try {
      const { ontvangen, fouten, foutTotaal } = await this.leesIn(rijen, ruimte, invoer);
      if (ontvangen + foutTotaal === 0) {
        throw new OngeldigeInvoer([{ naam: 'body', code: 'leeg', reden: 'de levering bevat geen metingen' }]);
      }
      if (foutTotaal) throw leveringGeweigerd(fouten, foutTotaal, 'ongeldige-meting');
      const opgeslagen = await invoer.sluit();
      if (opgeslagen.soort === 'direct') {
        const reeksenTeBeoordelen = await zetInWachtrij(manager, schemaOf(this.dataSource), levering.regio, opgeslagen.reeksen);
        return { ontvangen, nieuw: opgeslagen.nieuw, gecorrigeerd: 0, ongewijzigd: ontvangen - opgeslagen.nieuw, reeksenTeBeoordelen };
      }
      const { tegenstrijdig, herhaald } = await this.herhaald(client);
      if (tegenstrijdig.length) throw leveringGeweigerd(tegenstrijdig, tegenstrijdig.length, 'ongeldige-meting');
      const samengevoegd = await this.voegSamen(client, levering, herhaald);
      if (samengevoegd.reeksenTeBeoordelen) await wekTrenddetectie(manager);
      return { ontvangen, ...samengevoegd };
    } catch (error) {
      // A refusal or a broken input (bad file, client gone): abort the COPY; the transaction rolls back.
      await invoer.breekAf();
      throw error;
    } finally {
      await invoer.ruimOp();
    }
  }

  /** Checks every row; the good ones stream on, until the first bad one (then only the fouten are collected). */
  private async leesIn(
    rijen: AsyncIterable<IngelezenRij> | Iterable<IngelezenRij>,
    ruimte: Aanleverruimte,
    invoer: MetingInvoer,
  ): Promise<{ ontvangen: number; fouten: RijFout[]; foutTotaal: number }> {
    const fouten: RijFout[] = [];
    let foutTotaal = 0;
    let ontvangen = 0;
    for await (const gelezen of rijen) {
      const rijFouten = 'fouten' in gelezen ? [...gelezen.fouten, ...(gelezen.deel ? controleerRij(gelezen.deel, ruimte) : [])] : controleerRij(gelezen.rij, ruimte);
      if (rijFouten.length) {
        foutTotaal += rijFouten.length;
        if (fouten.length < MAX_GEMELDE_FOUTEN) fouten.push(...rijFouten.slice(0, MAX_GEMELDE_FOUTEN - fouten.length));
        continue;
      }
      if (!('rij' in gelezen)) continue;
      ontvangen++;
      if (!foutTotaal) await invoer.voegToe(gelezen.rij); // refused anyway: keep reading only to list every bad row
    }
    return { ontvangen, fouten, foutTotaal };
  }

  private async ruimte(levering: Levering): Promise<Aanleverruimte> {
    const [indicatoren, gemeenten] = await Promise.all([
      this.indicatoren.zichtbaarIn(levering.regio),
      this.gebieden.gemeentenVan(levering.regio),
    ]);
    return { regio: levering.regio, indicatoren: new Set(indicatoren.keys()), gemeenten: new Set(gemeenten.keys()), standaardBron: levering.standaardBron };
  }

  /**
   * Keys the delivery repeats. The same measurement twice with different values is refused (which
   * one is meant?); repeated with the same value it is taken once. Counting first by hash keeps the
   * usual case, no key repeated, to one pass without sorting.
   */
  private async herhaald(client: PoolClient): Promise<{ tegenstrijdig: RijFout[]; herhaald: boolean }> {
    const { rows } = await client.query<{ regels: number[]; indicator: string; gemeente: string | null; periode: string; tegenstrijdig: boolean }>(
      `WITH herhaald AS (
         SELECT indicator, COALESCE(gemeente, '') AS gemeente, periode, bron FROM ${STAGING} GROUP BY 1, 2, 3, 4 HAVING count(*) > 1
       )
       SELECT array_agg(i.regel ORDER BY i.regel) AS regels, i.indicator, i.gemeente, i.periode,
              count(DISTINCT (i.waarde, i.teller, i.noemer)) > 1 AS tegenstrijdig
         FROM ${STAGING} i
         JOIN herhaald h ON h.indicator = i.indicator AND h.gemeente = COALESCE(i.gemeente, '') AND h.periode = i.periode AND h.bron = i.bron
        GROUP BY i.indicator, i.gemeente, i.periode, i.bron
        ORDER BY tegenstrijdig DESC, min(i.regel)
        LIMIT $1`,
      [MAX_GEMELDE_FOUTEN],
    );
    const tegenstrijdig = rows
      .filter((row) => row.tegenstrijdig)
      .map((row) => ({
        regel: row.regels[1],
        reden: `regels ${row.regels.join(', ')} geven verschillende waarden voor ${row.indicator} ${row.gemeente ?? 'regio'} ${row.periode}`,
      }));
    return { tegenstrijdig, herhaald: rows.length > 0 };
  }

  /**
   * The fast path compares the delivery with what is stored and then inserts the new keys, updates
   * the changed ones and leaves the rest alone — no per-row conflict handling. If another delivery
   * inserted one of the same new keys meanwhile, the unique index refuses it; then the merge is redone
   * from a savepoint with INSERT … ON CONFLICT, which waits for and resolves such races.
   */
  private async voegSamen(client: PoolClient, levering: Levering, herhaald: boolean): Promise<Omit<IntakeResultaat, 'ontvangen'>> {
    const params = [levering.regio, levering.aanleverancier];
    await client.query('SAVEPOINT meting_samenvoegen');
    try {
      const { rows } = await client.query<Samenvoeging>(this.samenvoegingSql('vergelijkend', herhaald), params);
      await client.query('RELEASE SAVEPOINT meting_samenvoegen');
      return telling(rows[0]);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await client.query('ROLLBACK TO SAVEPOINT meting_samenvoegen');
      this.logger.warn({ regio: levering.regio, aanleverancier: levering.aanleverancier }, 'concurrent delivery of the same new figures; merging again with ON CONFLICT');
      const { rows } = await client.query<Samenvoeging>(this.samenvoegingSql('bij-conflict', herhaald), params);
      return telling(rows[0]);
    }
  }

  private samenvoegingSql(manier: 'vergelijkend' | 'bij-conflict', herhaald: boolean): string {
    const s = schemaOf(this.dataSource);
    const sleutel = (a: string, b: string) =>
      `${a}.regio = $1 AND ${a}.indicator = ${b}.indicator AND COALESCE(${a}.gemeente, '') = COALESCE(${b}.gemeente, '') AND ${a}.periode = ${b}.periode AND ${a}.bron = ${b}.bron`;
    // A key repeated (with the same value, or it was refused) is taken once; without repeats no sort is needed.
    const invoer = herhaald
      ? `invoer AS (
         SELECT DISTINCT ON (indicator, COALESCE(gemeente, ''), periode, bron) indicator, gemeente, periode, waarde, teller, noemer, bron
           FROM ${STAGING}
          ORDER BY indicator, COALESCE(gemeente, ''), periode, bron, regel
       )`
      : `invoer AS (SELECT indicator, gemeente, periode, waarde, teller, noemer, bron FROM ${STAGING})`;
    // The changed series are queued for trend detection (in key order, see zetInWachtrij).
    const gewijzigd = (bron: string) => `gewijzigd AS (
         INSERT INTO "${s}".${TE_BEOORDELEN} (regio, indicator, gemeente, bron, soort)
         SELECT DISTINCT $1::text, indicator, gemeente, bron, ${soortSql('periode')} FROM ${bron} ORDER BY 2, 3, 4, 5
         ${IN_WACHTRIJ}
         RETURNING 1
       )`;
    if (manier === 'vergelijkend') {
      return `WITH ${invoer},
       vergeleken AS (
         SELECT i.*, m.id AS bestaand, m.waarde AS oud_waarde, m.teller AS oud_teller, m.noemer AS oud_noemer,
                m.aanleverancier AS oud_aanleverancier, m.versie AS oud_versie, m.gewijzigd_op AS oud_gewijzigd_op
           FROM invoer i LEFT JOIN "${s}".meting m ON ${sleutel('m', 'i')}
       ),
       historie AS (
         INSERT INTO "${s}".meting_historie (meting_id, waarde, teller, noemer, aanleverancier, versie, geldig_vanaf)
         SELECT bestaand, oud_waarde, oud_teller, oud_noemer, oud_aanleverancier, oud_versie, oud_gewijzigd_op
           FROM vergeleken
          WHERE bestaand IS NOT NULL AND (oud_waarde, oud_teller, oud_noemer) IS DISTINCT FROM (waarde, teller, noemer)
       ),
       bijgewerkt AS (
         UPDATE "${s}".meting m
            SET waarde = v.waarde, teller = v.teller, noemer = v.noemer, aanleverancier = $2, versie = m.versie + 1, gewijzigd_op = now()
           FROM vergeleken v
          WHERE m.id = v.bestaand AND (m.waarde, m.teller, m.noemer) IS DISTINCT FROM (v.waarde, v.teller, v.noemer)
         RETURNING m.indicator, m.gemeente, m.bron, m.periode
       ),
       nieuw AS (
         INSERT INTO "${s}".meting (regio, indicator, gemeente, periode, waarde, teller, noemer, bron, aanleverancier)
         SELECT $1, indicator, gemeente, periode, waarde, teller, noemer, bron, $2 FROM vergeleken WHERE bestaand IS NULL
         RETURNING indicator, gemeente, bron, periode
       ),
       ${gewijzigd('(SELECT * FROM bijgewerkt UNION ALL SELECT * FROM nieuw) AS x')}
       SELECT (SELECT count(*) FROM invoer)::int AS uniek, (SELECT count(*) FROM nieuw)::int AS nieuw,
              (SELECT count(*) FROM bijgewerkt)::int AS gecorrigeerd, (SELECT count(*) FROM gewijzigd)::int AS te_beoordelen`;
    }
    return `WITH ${invoer},
       historie AS (
         INSERT INTO "${s}".meting_historie (meting_id, waarde, teller, noemer, aanleverancier, versie, geldig_vanaf)
         SELECT m.id, m.waarde, m.teller, m.noemer, m.aanleverancier, m.versie, m.gewijzigd_op
           FROM "${s}".meting m JOIN invoer i ON ${sleutel('m', 'i')}
          WHERE (m.waarde, m.teller, m.noemer) IS DISTINCT FROM (i.waarde, i.teller, i.noemer)
       ),
       samengevoegd AS (
         INSERT INTO "${s}".meting AS m (regio, indicator, gemeente, periode, waarde, teller, noemer, bron, aanleverancier)
         SELECT $1, indicator, gemeente, periode, waarde, teller, noemer, bron, $2 FROM invoer
         ON CONFLICT (regio, indicator, (COALESCE(gemeente, '')), periode, bron) DO UPDATE
            SET waarde = EXCLUDED.waarde, teller = EXCLUDED.teller, noemer = EXCLUDED.noemer,
                aanleverancier = EXCLUDED.aanleverancier, versie = m.versie + 1, gewijzigd_op = now()
          WHERE (m.waarde, m.teller, m.noemer) IS DISTINCT FROM (EXCLUDED.waarde, EXCLUDED.teller, EXCLUDED.noemer)
         RETURNING (xmax = 0) AS nieuw, indicator, gemeente, bron, periode
       ),
       ${gewijzigd('samengevoegd')}
       SELECT (SELECT count(*) FROM invoer)::int AS uniek,
              count(*) FILTER (WHERE nieuw)::int AS nieuw,
              count(*) FILTER (WHERE NOT nieuw)::int AS gecorrigeerd,
              (SELECT count(*) FROM gewijzigd)::int AS te_beoordelen
         FROM samengevoegd`;
  }
}

interface Samenvoeging {
  uniek: number;
  nieuw: number;
  gecorrigeerd: number;
  te_beoordelen: number;
}

const UNIQUE_VIOLATION = '23505';

function telling({ uniek, nieuw, gecorrigeerd, te_beoordelen }: Samenvoeging): Omit<IntakeResultaat, 'ontvangen'> {
  return { nieuw, gecorrigeerd, ongewijzigd: uniek - nieuw - gecorrigeerd, reeksenTeBeoordelen: te_beoordelen };
}
