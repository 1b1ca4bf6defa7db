import { EntityManager } from 'typeorm';
import { inRegio, regioSql, Ruw, SqlStuk, tabel } from '@koers/persistence';

/**
 * The waiting deliveries of one subscription and record (`volgorde`) form a line; they go out one
 * after the other, in order. Only the first waiting delivery of a line, its head (`kop`), may be
 * claimed, so the claim reads an index of heads instead of looking behind every candidate.
 *
 * Who changes a line keeps exactly one head, also when transactions run at the same time:
 * - planning makes a new delivery the head when its line has no waiting delivery; it locks the
 *   line's first waiting delivery FOR SHARE, so the transaction that finishes that delivery waits
 *   for the planning to commit and then (in a later statement) sees the newcomer to promote;
 * - finishing a head promotes the next waiting delivery of its line, in a statement of its own after
 *   the status update (a statement's snapshot is taken before it waits for a lock);
 * - a re-requested delivery rejoins its line; it is the head only when the line has none.
 * The unique index `webhook_aflevering_kop_uniek` refuses a second head whatever happens.
 */

/** SQL of the first waiting delivery of the line `(abonnement, volgorde)`, locked FOR SHARE (see above). */
export function eersteWachtende(s: string, abonnement: string, volgorde: string): string {
  return `SELECT eerste.id FROM "${s}".webhook_aflevering eerste
           WHERE eerste.abonnement_id = ${abonnement} AND eerste.volgorde = ${volgorde} AND eerste.status = 'wachtend'
           ORDER BY eerste.volgnummer LIMIT 1 FOR SHARE OF eerste`;
}

export interface Lijn {
  abonnementId: string;
  volgorde: string;
}

/** After their heads finished: the next waiting delivery of each line becomes its head. */
export async function promoveer(manager: EntityManager, s: string, lijnen: Lijn[]): Promise<void> {
  if (!lijnen.length) return;
  await manager.query(
    `UPDATE "${s}".webhook_aflevering w SET kop = true
       FROM (SELECT DISTINCT abonnement_id, volgorde FROM unnest($1::uuid[], $2::text[]) AS l(abonnement_id, volgorde)) l
       CROSS JOIN LATERAL (
         SELECT v.id FROM "${s}".webhook_aflevering v
          WHERE v.abonnement_id = l.abonnement_id AND v.volgorde = l.volgorde AND v.status = 'wachtend'
          ORDER BY v.volgnummer LIMIT 1) volgende
      WHERE w.id = volgende.id AND NOT w.kop`,
    [lijnen.map((l) => l.abonnementId), lijnen.map((l) => l.volgorde)],
  );
}

/**
 * Puts finished deliveries of a subscription (chosen by `filter`, SQL over `a`) back in their lines
 * with a fresh schedule; returns how many.
 */
export async function zetTerug(manager: EntityManager, s: string, abonnement: { id: string; regio: string }, filter: SqlStuk): Promise<number> {
  const afleveringen = tabel(s, 'webhook_aflevering');
  const { tekst, waarden } = regioSql({ regios: [abonnement.regio] })`WITH gevraagd AS (
       SELECT a.id, a.abonnement_id, a.volgorde, a.volgnummer FROM ${afleveringen} a
        WHERE a.abonnement_id = ${abonnement.id} AND ${inRegio('a')} AND a.status <> 'wachtend' AND ${filter}
        FOR UPDATE OF a
     ), bezet AS (
       SELECT l.volgorde FROM (SELECT DISTINCT abonnement_id, volgorde FROM gevraagd) l
        WHERE EXISTS (${new Ruw(eersteWachtende(s, 'l.abonnement_id', 'l.volgorde'))})
     ), vooraan AS (
       SELECT DISTINCT ON (volgorde) id FROM gevraagd ORDER BY volgorde, volgnummer
     )
     UPDATE ${afleveringen} w
        SET status = 'wachtend', pogingen_in_reeks = 0, volgende_poging = now(), afgerond_op = NULL,
            kop = w.id IN (SELECT id FROM vooraan) AND w.volgorde NOT IN (SELECT volgorde FROM bezet)
       FROM gevraagd g WHERE w.id = g.id
     RETURNING w.id`;
  const [rijen]: [unknown[], number] = await manager.query(tekst, waarden);
  return rijen.length;
}
