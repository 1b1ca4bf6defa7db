import { EntityManager, EntityTarget, FindOptionsWhere, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The regions a caller may see. Every tenant-scoped read goes through it, so a forgotten filter is
 * impossible rather than unlikely: there is no way to ask for a record without naming the scope.
 */
export interface RegioScope {
  regios: readonly string[];
}

export class TenantRepository<T extends ObjectLiteral & { regio: string }> {
  constructor(private readonly entity: EntityTarget<T>) {}

  /** The record with this id in one of the caller's regions, or null — another region's record is "not found". */
  findOne(manager: EntityManager, scope: RegioScope, where: FindOptionsWhere<T>): Promise<T | null> {
    return manager.getRepository(this.entity).findOne({ where: { ...where, regio: In([...scope.regios]) } as FindOptionsWhere<T> });
  }

  query(manager: EntityManager, scope: RegioScope, alias: string): SelectQueryBuilder<T> {
    return manager
      .getRepository(this.entity)
      .createQueryBuilder(alias)
      .where(`${alias}.regio IN (:...__regios)`, { __regios: [...scope.regios] });
  }
}
