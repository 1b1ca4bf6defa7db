import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { AfwijkingGedetecteerdV1, afwijkingGedetecteerdV1, CloudEvent } from '@koers/contracts';
import { OutboxWriter } from '@koers/messaging';
import { BUITENSTAANDER, isOnderdrukt } from '@koers/domain';
import { DATA_SOURCE, pgClientOf, schemaOf } from '@koers/persistence';
import { Indicator } from '../indicator/indicator.entity';
import { IndicatorService } from '../indicator/indicator.service';
import { soortSql, TE_BEOORDELEN, zetIndicatorInWachtrij } from './reeks-wachtrij';
import { Koersdoel } from '../koersdoel/koersdoel.entity';
import { Afwijking, beoordeelReeks, Punt, STANDAARD_INSTELLINGEN, TrendInstellingen } from './trend.rules';

interface Reeks {
  regio: string;
  indicator: string;
  gemeente: string | null;
  bron: string;
  punten: Array<Punt & { teller: number | null }>;
}

export interface Beoordeling {
  reeksen: number;
  afwijkingen: number;
}

/** What the course of a region's series is judged by: the indicators' good direction and the targets. */
interface Koers {
  richtingen: Map<string, Indicator>;
  doelen: Koersdoel[];
}

const GETOONDE_PUNTEN = 12;
const RIJEN_PER_KEER = 20_000;
/** Series judged per transaction: a crash redoes at most this many. */
export const REEKSEN_PER_BATCH = 500;

/**
 * Judges the series waiting in the work table (reeks-wachtrij.ts) against their course
 * (trend.rules.ts) and raises `afwijking.gedetecteerd.v1` through the outbox. A batch is claimed
 * (trend-detectie.worker.ts), judged, reported and removed in one transaction: a crash redoes it,
 * and a state already reported (afwijking_melding) is not reported again.
 */
@Injectable()
export class TrendDetectieService {
  private readonly logger = new Logger(TrendDetectieService.name);
  instellingen: TrendInstellingen = STANDAARD_INSTELLINGEN;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * A course target was set or changed: its series are queued to be judged again against it (for a
   * region-wide target, every series of the indicator in the region; those with a target of their own keep it).
   */
  herbeoordeel(manager: EntityManager, regio: string, indicator: string, gemeente: string | null): Promise<number> {
    return zetIndicatorInWachtrij(manager, schemaOf(this.dataSource), regio, indicator, gemeente);
  }

  /** Judges the claimed series, reports what deviates and removes them from the work table, in the claim's transaction. */
  async beoordeel(manager: EntityManager, ids: string[]): Promise<Beoordeling> {
    const client = pgClientOf(manager);
    const s = schemaOf(this.dataSource);
    const koersen = new Map<string, Promise<Koers>>();
    const koersVan = (regio: string) => {
      if (!koersen.has(regio)) koersen.set(regio, this.koersVan(manager, regio));
      return koersen.get(regio) as Promise<Koers>;
    };
    let afwijkingen = 0;
    for await (const reeksen of this.reeksen(client, s, ids)) afwijkingen += await this.meld(manager, client, s, reeksen, koersVan);
    await client.query(`DELETE FROM "${s}".${TE_BEOORDELEN} WHERE id = ANY($1::bigint[])`, [ids]);
    if (afwijkingen) this.logger.log({ reeksen: ids.length, afwijkingen }, 'afwijkingen gemeld');
    return { reeksen: ids.length, afwijkingen };
  }

  private async koersVan(manager: EntityManager, regio: string): Promise<Koers> {
    const [richtingen, doelen] = await Promise.all([this.indicatoren.zichtbaarIn(regio), manager.getRepository(Koersdoel).findBy({ regio })]);
    return { richtingen, doelen };
  }

  private async meld(
    manager: EntityManager,
    client: PoolClient,
    s: string,
    reeksen: Reeks[],
    koersVan: (regio: string) => Promise<Koers>,
  ): Promise<number> {
    const meldingen: Array<{ reeks: Reeks; afwijking: Afwijking; stand: string; doel: Koersdoel | null; punten: Punt[]; naam: string }> = [];
    for (const reeks of reeksen) {
      const laatste = reeks.punten[reeks.punten.length - 1];
      // Small numbers are not judged: no trend can be read in them, and no signal may single out a child.
      if (isOnderdrukt({ gemeente: reeks.gemeente, teller: laatste.teller }, BUITENSTAANDER)) continue;
      const { richtingen, doelen } = await koersVan(reeks.regio);
      const doel = doelen.find((d) => d.indicator === reeks.indicator && d.gemeente === reeks.gemeente) ?? doelen.find((d) => d.indicator === reeks.indicator && d.gemeente === null) ?? null;
      const indicator = richtingen.get(reeks.indicator);
      // The event and its explanation leave the gemeente: earlier small figures are judged but never shown.
      const punten = reeks.punten.map(({ periode, waarde, teller }) => ({ periode, waarde, onderdrukt: isOnderdrukt({ gemeente: reeks.gemeente, teller }, BUITENSTAANDER) }));
      const stand = `${laatste.periode}=${laatste.waarde}${doel ? `;koersdoel=${doel.id}@${doel.versie}` : ''}`;
      for (const afwijking of beoordeelReeks(punten, indicator?.richting ?? 'neutraal', doel, this.instellingen)) {
        meldingen.push({ reeks, afwijking, stand, doel, punten, naam: indicator?.naam ?? reeks.indicator });
      }
    }
    if (!meldingen.length) return 0;

    const eventIds = meldingen.map(() => randomUUID());
    const { rows } = await client.query<{ event_id: string }>(
      `INSERT INTO "${s}".afwijking_melding (regio, indicator, gemeente, bron, regel, reeks_stand, event_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [
        meldingen.map((m) => m.reeks.regio),
        meldingen.map((m) => m.reeks.indicator),
        meldingen.map((m) => m.reeks.gemeente),
        meldingen.map((m) => m.reeks.bron),
        meldingen.map((m) => m.afwijking.regel),
        meldingen.map((m) => m.stand),
        eventIds,
      ],
    );
    const nieuw = new Set(rows.map((row) => row.event_id));
    const events: CloudEvent<AfwijkingGedetecteerdV1>[] = meldingen
      .map((melding, i) => ({ melding, id: eventIds[i] }))
      .filter(({ id }) => nieuw.has(id))
      .map(({ melding: { reeks, afwijking, stand, doel, punten, naam }, id }) => {
        const laatste = punten[punten.length - 1];
        return this.outbox.event(
          afwijkingGedetecteerdV1,
          {
            regio: reeks.regio,
            ...(reeks.gemeente ? { gemeente: reeks.gemeente } : {}),
            indicator: reeks.indicator,
            indicatorNaam: naam,
            regel: afwijking.regel,
            toelichting: afwijking.toelichting,
            laatstePeriode: laatste.periode,
            laatsteWaarde: laatste.waarde,
            ...(doel ? { doelwaarde: doel.doelwaarde } : {}),
            reeks: punten
              .slice(-GETOONDE_PUNTEN)
              .filter((punt) => !punt.onderdrukt)
              .map(({ periode, waarde }) => ({ periode, waarde })),
            reeksStand: stand,
            ...(doel ? { koersdocumentSectie: doel.koersdocumentSectie } : {}),
          },
          { id },
        );
      });
    await this.outbox.add(manager, events);
    return events.length;
  }

  /**
   * The claimed series, oldest point first, in batches: one scan through a cursor, so memory stays
   * flat however long the series are. A series cut off at the end of a fetch is completed by the next one.
   */
  private async *reeksen(client: PoolClient, s: string, ids: string[]): AsyncGenerator<Reeks[]> {
    await client.query(
      `DECLARE trend_reeksen NO SCROLL CURSOR FOR
       SELECT t.id, t.regio, m.indicator, m.gemeente, m.bron, m.periode, m.waarde::float8 AS waarde, m.teller::float8 AS teller
         FROM "${s}".${TE_BEOORDELEN} t
         JOIN "${s}".meting m
           ON m.regio = t.regio AND m.indicator = t.indicator AND COALESCE(m.gemeente, '') = COALESCE(t.gemeente, '')
          AND m.bron = t.bron AND ${soortSql('m.periode')} = t.soort
        WHERE t.id = ANY($1::bigint[])
        ORDER BY t.id, m.periode`,
      [ids],
    );
    try {
      let onaf: { id: string; reeks: Reeks } | undefined;
      for (;;) {
        const { rows } = await client.query<{ id: string; regio: string; indicator: string; gemeente: string | null; bron: string; periode: string; waarde: number; teller: number | null }>(
          `FETCH ${RIJEN_PER_KEER} FROM trend_reeksen`,
        );
        // Rows arrive ordered by series and period: within one kind of period, canonical codes sort
        // chronologically as text ('2024-09' < '2024-10', '2024-Q4' < '2025-Q1').
        const klaar: Reeks[] = [];
        for (const row of rows) {
          if (onaf?.id !== row.id) {
            if (onaf) klaar.push(onaf.reeks);
            onaf = { id: row.id, reeks: { regio: row.regio, indicator: row.indicator, gemeente: row.gemeente, bron: row.bron, punten: [] } };
          }
          onaf.reeks.punten.push({ periode: row.periode, waarde: row.waarde, teller: row.teller });
        }
        const laatste = rows.length < RIJEN_PER_KEER;
        if (laatste && onaf) klaar.push(onaf.reeks);
        if (klaar.length) yield klaar;
        if (laatste) return;
      }
    } finally {
      // After an error the transaction is aborted and rolls back, which closes the cursor anyway.
      await client.query('CLOSE trend_reeksen').catch(() => undefined);
    }
  }
}
