import { DataSource } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { schemaOf } from '@koers/persistence';

/**
 * The ids of the tables the caller takes part in — as behandelaar, seated themselves, or their
 * organisation is seated — as one subquery of indexed lookups, for `<kolom> IN (...)`.
 */
export function betrokkenTafels(dataSource: DataSource, tenant: TenantContext): { sql: string; parameters: Record<string, unknown> } {
  const s = schemaOf(dataSource);
  const ids = [
    `SELECT bt.id FROM "${s}".tafel bt WHERE bt.regio IN (:...betrokkenRegios) AND bt.behandelaar_sub = :betrokkenSub`,
    `SELECT bd.tafel_id FROM "${s}".deelnemer bd WHERE bd.regio IN (:...betrokkenRegios) AND bd.sub = :betrokkenSub`,
    ...(tenant.organisatie ? [`SELECT bo.tafel_id FROM "${s}".deelnemer bo WHERE bo.regio IN (:...betrokkenRegios) AND bo.organisatie = :betrokkenOrganisatie`] : []),
  ];
  return {
    sql: ids.join(' UNION '),
    parameters: { betrokkenRegios: [...tenant.regios], betrokkenSub: tenant.subject, ...(tenant.organisatie ? { betrokkenOrganisatie: tenant.organisatie } : {}) },
  };
}
