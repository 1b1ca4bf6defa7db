import { EntityManager } from 'typeorm';
import { NietGevonden } from '@koers/domain';
import { RegioScope, TenantRepository } from '@koers/persistence';
import { Tafel } from './tafel.entity';

const tafels = new TenantRepository(Tafel);

/** The table, locked for the step about to be taken on it or on what it holds; another region's is "not found". */
export async function vergrendelTafel(manager: EntityManager, scope: RegioScope, id: string): Promise<Tafel> {
  const tafel = await tafels.query(manager, scope, 't').andWhere('t.id = :id', { id }).setLock('pessimistic_write').getOne();
  if (!tafel) throw new NietGevonden(`Tafel ${id}`);
  return tafel;
}
