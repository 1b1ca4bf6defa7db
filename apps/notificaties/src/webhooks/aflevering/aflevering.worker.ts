import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DueWorkFabriek, LeaseWork } from '@koers/due-work';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { InboxService } from '../../inbox/inbox.service';
import { Bezorger } from '../bezorging/bezorger';
import { WEBHOOK_INSTELLINGEN, WebhookInstellingen } from '../webhook.instellingen';
import { AfleveringStatus, beoordeel, Oordeel, Uitkomst, volgendeStap } from './aflevering.rules';
import { BetrokkenAbonnement, meldAanEigenaar } from './eigenaar-bericht';
import { promoveer } from './wachtrij';

/** The due work that delivers; planning wakes it (aflevering.handlers.ts). */
export const AFLEVEREN = 'webhooks';

/**
 * How long recording results waits for a lock before it tries again: a planning transaction may hold
 * the head of a line FOR SHARE, and recording must never be part of a deadlock.
 */
const LOCK_TIMEOUT_MS = 200;

interface Claim {
  id: string;
  abonnement_id: string;
  volgorde: string;
  regio: string;
  pogingen: number;
  pogingen_in_reeks: number;
  organisatie: string;
  callback_url: string;
  geheimen: string[];
  body: string;
}

interface Poging {
  uitkomst: Uitkomst;
  oordeel: Oordeel;
  tijdstip: Date;
}

type Resultaat = Poging & { claim: Claim };

/**
 * Delivers due webhook deliveries (@koers/due-work, with a lease). Claims them in batches with SKIP
 * LOCKED and a lease (so replicas share the work and a crashed process's claims come back), only the
 * head of each line (order, see wachtrij.ts), keeps up to `parallel` POSTs in flight so one hanging
 * receiver never holds up the rest, and records results in batches: attempt log, next try or final
 * state, and the owner's inbox.
 */
@Injectable()
export class AfleveringWorker implements OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly schema: string;
  private readonly bezorger: Bezorger;
  private readonly werk: LeaseWork<Claim, Poging>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(WEBHOOK_INSTELLINGEN) private readonly instellingen: WebhookInstellingen,
    private readonly inbox: InboxService,
    dueWork: DueWorkFabriek,
  ) {
    this.schema = schemaOf(dataSource);
    this.bezorger = new Bezorger({ ...instellingen, maxSockets: instellingen.parallel });
    this.werk = dueWork.metLease<Claim, Poging>({
      naam: AFLEVEREN,
      pollMs: instellingen.pollMs,
      parallel: instellingen.parallel,
      claimPer: Math.ceil(instellingen.parallel / 4),
      claim: (max) => this.claim(max),
      voerUit: (claim) => this.bezorg(claim),
      legVast: (manager, resultaten) => this.verwerk(manager, resultaten.map(({ claim, uitkomst }) => ({ claim, ...uitkomst }))),
      lockTimeoutMs: LOCK_TIMEOUT_MS,
    });
  }

  /** Stops claiming and finishes what is in flight, so a stop never loses or doubles a delivery. */
  async onModuleDestroy(): Promise<void> {
    await this.werk.stop();
    this.bezorger.close();
  }

  /**
   * Due heads of active subscriptions, oldest first: per active subscription from the index of its
   * heads (a paused subscription's backlog is never read), then locked with SKIP LOCKED and re-checked,
   * so replicas never claim the same delivery.
   */
  private async claim(max: number): Promise<Claim[]> {
    const s = this.schema;
    const lease = Math.ceil((2 * this.instellingen.timeoutMs) / 1000) + 30;
    const [claims]: [Claim[], number] = await this.dataSource.query(
      `WITH kandidaat AS (
         SELECT k.id FROM "${s}".webhook_abonnement ab
          CROSS JOIN LATERAL (
            SELECT a.id, a.volgende_poging, a.volgnummer FROM "${s}".webhook_aflevering a
             WHERE a.abonnement_id = ab.id AND a.status = 'wachtend' AND a.kop AND a.volgende_poging <= now()
               AND (a.geclaimd_tot IS NULL OR a.geclaimd_tot < now())
             ORDER BY a.volgende_poging, a.volgnummer LIMIT $1) k
          WHERE ab.status = 'actief'
          ORDER BY k.volgende_poging, k.volgnummer LIMIT $1
       ), geclaimd AS (
         SELECT a.id FROM "${s}".webhook_aflevering a
          WHERE a.id IN (SELECT id FROM kandidaat) AND a.status = 'wachtend' AND a.kop AND (a.geclaimd_tot IS NULL OR a.geclaimd_tot < now())
          FOR UPDATE OF a SKIP LOCKED
       )
       UPDATE "${s}".webhook_aflevering w SET geclaimd_tot = now() + make_interval(secs => $2)
         FROM geclaimd g, "${s}".webhook_abonnement ab, "${s}".webhook_bericht b
        WHERE w.id = g.id AND ab.id = w.abonnement_id AND b.event_id = w.event_id
       RETURNING w.id, w.abonnement_id, w.volgorde, w.regio, w.pogingen, w.pogingen_in_reeks, ab.organisatie, ab.callback_url, b.body,
         array_remove(ARRAY[ab.geheim, CASE WHEN ab.vorig_geheim_tot > now() THEN ab.vorig_geheim END], NULL) AS geheimen`,
      [max, lease],
    );
    return claims;
  }

  private async bezorg(claim: Claim): Promise<Poging> {
    const tijdstip = new Date();
    const uitkomst = await this.bezorger.verstuur({ url: claim.callback_url, id: claim.id, body: claim.body, geheimen: claim.geheimen });
    return { uitkomst, oordeel: beoordeel(uitkomst), tijdstip };
  }

  /** Attempt log, next try or final state in one statement; then the subscriptions' health, the lines' next heads, the owners' inbox. */
  private async verwerk(manager: EntityManager, batch: Resultaat[]): Promise<void> {
    const s = this.schema;
    const stappen = batch.map((r) => ({ r, stap: volgendeStap(r.oordeel, r.claim.pogingen_in_reeks + 1, this.instellingen.schemaMs, r.tijdstip) }));
    const vastgelegd: Array<{ id: string; status: AfleveringStatus }> = await manager.query(
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::int[], $5::text[], $6::timestamptz[], $7::int[], $8::int[])
           AS v(id, status, volgende, statuscode, fout, tijdstip, pogingen, duur_ms)
       ), bijgewerkt AS (
         UPDATE "${s}".webhook_aflevering w
            SET status = v.status, kop = w.kop AND v.status = 'wachtend', pogingen = w.pogingen + 1, pogingen_in_reeks = w.pogingen_in_reeks + 1,
                volgende_poging = coalesce(v.volgende, w.volgende_poging), geclaimd_tot = NULL,
                laatste_statuscode = v.statuscode, laatste_fout = v.fout,
                afgerond_op = CASE WHEN v.status = 'wachtend' THEN NULL ELSE v.tijdstip END
           FROM v
          WHERE w.id = v.id AND w.pogingen = v.pogingen
         RETURNING w.id, w.regio, w.pogingen AS nummer, w.status
       ), poging AS (
         INSERT INTO "${s}".webhook_poging (aflevering_id, regio, nummer, tijdstip, statuscode, duur_ms, fout)
         SELECT b.id, b.regio, b.nummer, v.tijdstip, v.statuscode, v.duur_ms, v.fout FROM bijgewerkt b JOIN v ON v.id = b.id
       )
       SELECT id, status FROM bijgewerkt`,
      [
        stappen.map(({ r }) => r.claim.id),
        stappen.map(({ stap }) => stap.status),
        stappen.map(({ stap }) => (stap.status === 'wachtend' ? stap.volgendePoging : null)),
        stappen.map(({ r }) => r.uitkomst.statuscode),
        stappen.map(({ r }) => r.uitkomst.fout),
        stappen.map(({ r }) => r.tijdstip),
        stappen.map(({ r }) => r.claim.pogingen),
        stappen.map(({ r }) => r.uitkomst.duurMs),
      ],
    );
    // A delivery deleted with its subscription meanwhile, or recorded already after its lease ran out, is left alone.
    const bestaat = new Set(vastgelegd.map((row) => row.id));
    const afgerond = new Set(vastgelegd.filter((row) => row.status !== 'wachtend').map((row) => row.id));
    await this.werkGezondheidBij(manager, batch.filter((r) => bestaat.has(r.claim.id)));
    await promoveer(manager, s, batch.filter((r) => afgerond.has(r.claim.id)).map(({ claim }) => ({ abonnementId: claim.abonnement_id, volgorde: claim.volgorde })));
    const mislukt = new Map<string, { abonnement: BetrokkenAbonnement; aantal: number }>();
    for (const { r, stap } of stappen) {
      if (stap.status !== 'mislukt' || !bestaat.has(r.claim.id)) continue;
      const teller = mislukt.get(r.claim.abonnement_id) ?? { abonnement: betrokken(r.claim), aantal: 0 };
      teller.aantal++;
      mislukt.set(r.claim.abonnement_id, teller);
    }
    for (const { abonnement, aantal } of mislukt.values()) {
      await meldAanEigenaar(this.inbox, manager, 'mislukt', abonnement, { aantal });
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
        WHERE a.id = v.id AND (a.falend_sinds IS NULL) = NOT v.gelukt`,
      [lijst.map((r) => r.claim.abonnement_id), lijst.map((r) => r.oordeel === 'gelukt'), lijst.map((r) => r.tijdstip)],
    );
    if (lijst.every((r) => r.oordeel === 'gelukt')) return;
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
      await meldAanEigenaar(this.inbox, manager, 'gepauzeerd', abonnement, { reden: abonnement.reden });
    }
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
