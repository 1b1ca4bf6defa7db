import type { TenantContext } from '@koers/auth';
import type { Indiener } from '@koers/contracts';
import type { Actor } from './signaal.rules';

/** Who took a step, as the history records it; `actor` is how the rules see them. */
export interface Handelende {
  actor: Actor;
  sub: string;
  rol: Indiener;
  organisatie?: string;
  gemeente?: string;
}

export function alsHandelende(tenant: TenantContext, rol: Indiener): Handelende {
  return {
    actor: { soort: 'persoon', subject: tenant.subject, rollen: tenant.rollen, ...(tenant.gemeente ? { gemeente: tenant.gemeente } : {}) },
    sub: tenant.subject,
    rol,
    ...(tenant.organisatie ? { organisatie: tenant.organisatie } : {}),
    ...(tenant.gemeente ? { gemeente: tenant.gemeente } : {}),
  };
}
