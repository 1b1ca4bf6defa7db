import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { KoersSettings } from '@koers/config';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { KOERS_SETTINGS } from '@koers/bootstrap';
import { InboxService } from '../../inbox/inbox.service';
import { Bezorger } from '../bezorging/bezorger';
import { WEBHOOK_INSTELLINGEN, WebhookInstellingen } from '../webhook.instellingen';
import { beoordeel, Oordeel, Uitkomst, volgendeStap } from './aflevering.rules';
import { BetrokkenAbonnement, meldAanEigenaar } from './eigenaar-bericht';

interface Claim {
  id: string;
  abonnement_id: string;
  regio: string;
  pogingen: number;
  pogingen_in_reeks: number;
  organisatie: string;
  callback_url: string;
  geheimen: string[];
  body: string;
}

interface Resultaat {
  claim: Claim;
  uitkomst: Uitkomst;
  oordeel: Oordeel;
  tijdstip: Date;
}

/**
 * Delivers due webhook deliveries. Claims them with SKIP LOCKED and a lease (so replicas share the
 * work and a crashed process's claims come back), never more than one per subscription and record at
 * a time (order), keeps up to `parallel` POSTs in flight so one hanging receiver never holds up the
 * rest, and records results in batches: attempt log, next try or final state, and the owner's inbox.
 */
@Injectable()
export class AfleveringWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly schema: string;
  private readonly bezorger: Bezorger;
  private running = false;
  private loop?: Promise<void>;
  private inFlight = 0;
  private resultaten: Resultaat[] = [];
  private vastleggen?: Promise<void>;
  private wake?: () => void;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(WEBHOOK_INSTELLINGEN) private readonly instellingen: WebhookInstellingen,
    @Inject(KOERS_SETTINGS) private readonly settings: KoersSettings,
    private readonly inbox: InboxService,
  ) {
    this.schema = schemaOf(dataSource);
    this.bezorger = new Bezorger({ ...instellingen, maxSockets: instellingen.parallel });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.draai();
  }

  /** Stops claiming and finishes what is in flight, so a stop never loses or doubles a delivery. */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.bezorger.close();
  }

  private async draai(): Promise<void> {
    while (this.running) {
      const vrij = this.instellingen.parallel - this.inFlight;
      let geclaimd = 0;
      try {
        if (vrij > 0) {
          const claims = await this.claim(vrij);
          geclaimd = claims.length;
          for (const claim of claims) this.bezorg(claim);
        }
      } catch (error) {
        this.logger.error({ error: String(error) }, 'claiming webhook deliveries failed');
      }
      if (geclaimd < vrij || this.inFlight >= this.instellingen.parallel) await this.slaap(this.instellingen.pollMs);
    }
    while (this.inFlight > 0) await this.slaap(50);
  }

  private async claim(max: number): Promise<Claim[]> {
    const s = this.schema;
    const lease = Math.ceil((2 * this.instellingen.timeoutMs) / 1000) + 30;
    const [claims]: [Claim[], number] = await this.dataSource.query(
      `WITH kandidaat AS (
         SELECT a.id FROM "${s}".webhook_aflevering a
           JOIN "${s}".webhook_abonnement ab ON ab.id = a.abonnement_id AND ab.status = 'actief'
          WHERE a.status = 'wachtend' AND a.volgende_poging <= now() AND (a.geclaimd_tot IS NULL OR a.geclaimd_tot < now())
            AND NOT EXISTS (
              SELECT 1 FROM "${s}".webhook_aflevering eerder
               WHERE eerder.abonnement_id = a.abonnement_id AND eerder.volgorde = a.volgorde
                 AND eerder.status = 'wachtend' AND eerder.volgnummer < a.volgnummer)
          ORDER BY a.volgende_poging, a.volgnummer
          LIMIT $1
          FOR UPDATE OF a SKIP LOCKED
       )
       UPDATE "${s}".webhook_aflevering w SET geclaimd_tot = now() + make_interval(secs => $2)
         FROM kandidaat k, "${s}".webhook_abonnement ab, "${s}".webhook_bericht b
        WHERE w.id = k.id AND ab.id = w.abonnement_id AND b.event_id = w.event_id
       RETURNING w.id, w.abonnement_id, w.regio, w.pogingen, w.pogingen_in_reeks, ab.organisatie, ab.callback_url, b.body,
         array_remove(ARRAY[ab.geheim, CASE WHEN ab.vorig_geheim_tot > now() THEN ab.vorig_geheim END], NULL) AS geheimen`,
      [max, lease],
    );
    return claims;
  }

  private bezorg(claim: Claim): void {
    this.inFlight++;
    const tijdstip = new Date();
    void this.bezorger.verstuur({ url: claim.callback_url, id: claim.id, body: claim.body, geheimen: claim.geheimen }).then((uitkomst) => {
      this.resultaten.push({ claim, uitkomst, oordeel: beoordeel(uitkomst), tijdstip });
      this.legVast();
    });
  }

  /** One transaction for whatever results came in meanwhile; results arriving during it go in the next. */
  private legVast(): void {
    if (this.vastleggen) return;
    this.vastleggen = (async () => {
      while (this.resultaten.length) {
        const batch = this.resultaten.splice(0);
        try {
          await this.dataSource.transaction((manager) => this.verwerk(manager, batch));
        } catch (error) {
          // Nothing recorded: the leases run out and these deliveries are tried again (same webhook-id).
          this.logger.error({ error: String(error), afleveringen: batch.length }, 'recording webhook attempts failed');
        }
        this.inFlight -= batch.length;
        this.wake?.();
      }
    })().finally(() => (this.vastleggen = undefined));
  }

  private async verwerk(manager: EntityManager, batch: Resultaat[]): Promise<void> {
    const s = this.schema;
    const stappen = batch.map((r) => ({ r, stap: volgendeStap(r.oordeel, r.claim.pogingen_in_reeks + 1, this.instellingen.schemaMs, r.tijdstip) }));
    const [bijgewerkt]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE "${s}".webhook_aflevering w
          SET status = v.status, pogingen = w.pogingen + 1, pogingen_in_reeks = w.pogingen_in_reeks + 1,
              volgende_poging = coalesce(v.volgende, w.volgende_poging), geclaimd_tot = NULL,
              laatste_statuscode = v.statuscode, laatste_fout = v.fout,
              afgerond_op = CASE WHEN v.status = 'wachtend' THEN NULL ELSE v.tijdstip END
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::int[], $5::text[], $6::timestamptz[], $7::int[])
              AS v(id, status, volgende, statuscode, fout, tijdstip, pogingen)
        WHERE w.id = v.id AND w.pogingen = v.pogingen
       RETURNING w.id`,
      [
        stappen.map(({ r }) => r.claim.id),
        stappen.map(({ stap }) => stap.status),
        stappen.map(({ stap }) => (stap.status === 'wachtend' ? stap.volgendePoging : null)),
        stappen.map(({ r }) => r.uitkomst.statuscode),
        stappen.map(({ r }) => r.uitkomst.fout),
        stappen.map(({ r }) => r.tijdstip),
        stappen.map(({ r }) => r.claim.pogingen),
      ],
    );
    // A delivery deleted with its subscription meanwhile has nothing left to log.
    const bestaat = new Set(bijgewerkt.map((row) => row.id));
    const gelogd = batch.filter((r) => bestaat.has(r.claim.id));
    await manager.query(
      `INSERT INTO "${s}".webhook_poging (aflevering_id, regio, nummer, tijdstip, statuscode, duur_ms, fout)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[], $5::int[], $6::int[], $7::text[])`,
      [
        gelogd.map((r) => r.claim.id),
        gelogd.map((r) => r.claim.regio),
        gelogd.map((r) => r.claim.pogingen + 1),
        gelogd.map((r) => r.tijdstip),
        gelogd.map((r) => r.uitkomst.statuscode),
        gelogd.map((r) => r.uitkomst.duurMs),
        gelogd.map((r) => r.uitkomst.fout),
      ],
    );
    await this.werkGezondheidBij(manager, gelogd);
    const mislukt = new Map<string, { abonnement: BetrokkenAbonnement; aantal: number }>();
    for (const { r, stap } of stappen) {
      if (stap.status !== 'mislukt' || !bestaat.has(r.claim.id)) continue;
      const teller = mislukt.get(r.claim.abonnement_id) ?? { abonnement: betrokken(r.claim), aantal: 0 };
      teller.aantal++;
      mislukt.set(r.claim.abonnement_id, teller);
    }
    for (const { abonnement, aantal } of mislukt.values()) {
      await meldAanEigenaar(this.inbox, manager, this.settings.events.source, 'mislukt', abonnement, { aantal });
    }
  }

  /**
   * A success clears the failure record of its subscription; a failure starts it. A subscription that
   * has been failing longer than the pause setting, or whose receiver answered 410 Gone, is paused.
   */
  private async werkGezondheidBij(manager: EntityManager, resultaten: Resultaat[]): Promise<void> {
    const s = this.schema;
    const laatste = new Map<string, Resultaat>();
    for (const r of [...resultaten].sort((a, b) => a.tijdstip.getTime() - b.tijdstip.getTime())) laatste.set(r.claim.abonnement_id, r);
    if (!laatste.size) return;
    const lijst = [...laatste.values()];
    await manager.query(
      `UPDATE "${s}".webhook_abonnement a
          SET falend_sinds = CASE WHEN v.gelukt THEN NULL ELSE coalesce(a.falend_sinds, v.tijdstip) END
         FROM unnest($1::uuid[], $2::boolean[], $3::timestamptz[]) AS v(id, gelukt, tijdstip)
        WHERE a.id = v.id`,
      [lijst.map((r) => r.claim.abonnement_id), lijst.map((r) => r.oordeel === 'gelukt'), lijst.map((r) => r.tijdstip)],
    );
    const opgeheven = lijst.filter((r) => r.oordeel === 'opgeheven').map((r) => r.claim.abonnement_id);
    const [gepauzeerd]: [Array<BetrokkenAbonnement & { reden: string }>, number] = await manager.query(
      `UPDATE "${s}".webhook_abonnement
          SET status = 'gepauzeerd',
              pauze_reden = CASE WHEN id = ANY($2::uuid[]) THEN 'uw systeem antwoordde 410 Gone (bestaat niet meer)'
                                 ELSE 'uw systeem nam ' || $3 || ' lang geen berichten aan' END
        WHERE id = ANY($1::uuid[]) AND status = 'actief'
          AND (id = ANY($2::uuid[]) OR falend_sinds <= now() - make_interval(secs => $4))
       RETURNING id, regio, organisatie, callback_url AS "callbackUrl", pauze_reden AS reden`,
      [lijst.map((r) => r.claim.abonnement_id), opgeheven, duurTekst(this.instellingen.pauzeNaMs), this.instellingen.pauzeNaMs / 1000],
    );
    for (const abonnement of gepauzeerd) {
      this.logger.warn({ abonnement: abonnement.id, reden: abonnement.reden }, 'webhook subscription paused');
      await meldAanEigenaar(this.inbox, manager, this.settings.events.source, 'gepauzeerd', abonnement, { reden: abonnement.reden });
    }
  }

  private slaap(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(klaar, ms);
      function klaar() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = klaar;
    });
  }
}

function betrokken(claim: Claim): BetrokkenAbonnement {
  return { id: claim.abonnement_id, regio: claim.regio, organisatie: claim.organisatie, callbackUrl: claim.callback_url };
}

function duurTekst(ms: number): string {
  if (ms >= 86_400_000) return `${Math.round(ms / 86_400_000)} dagen`;
  if (ms >= 3_600_000) return `${Math.round(ms / 3_600_000)} uur`;
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} minuten`;
  return `${Math.round(ms / 1000)} seconden`;
}
