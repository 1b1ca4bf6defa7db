import type { EntityManager } from 'typeorm';
import type { ConsensusPartij } from '@koers/contracts';
import { inRegio, regioSql, schemaOf, tabel } from '@koers/persistence';
import type { Signaal } from './signaal.entity';

/** The submitter as events name them, for notificaties to address; a signal Koers raised has none. */
export function indienerVan(signaal: Signaal): { indienerRol?: Signaal['indienerRol']; indienerSub?: string } {
  return signaal.indienerRol === 'systeem' ? {} : { indienerRol: signaal.indienerRol, indienerSub: signaal.indienerSub };
}

/** Every party named in one of the signal's consensus rounds, once, in the order first named. */
export async function genoemdePartijen(manager: EntityManager, signaal: Signaal): Promise<ConsensusPartij[]> {
  const rijen = await regioSql({ regios: [signaal.regio] })`SELECT r.partijen FROM ${tabel(schemaOf(manager.connection), 'consensusronde')} r
     WHERE ${inRegio('r')} AND r.signaal_id = ${signaal.id} ORDER BY r.nummer`.lees<{ partijen: ConsensusPartij[] }>(manager);
  const perSleutel = new Map(rijen.flatMap((r) => r.partijen).map((p) => [`${p.rol}|${p.organisatie}`, p]));
  return [...perSleutel.values()];
}
