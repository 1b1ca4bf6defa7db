import type { Afspraak } from '../afspraak/afspraak.entity';
import { isHuidig } from '../afspraak/afspraak.rules';
import type { AfspraakStand } from '../tafel/tafel.rules';

/**
 * Whether an agreement must be done before its table can close. Replaced and dropped versions do not
 * count; nor does an agreement another gemeente took over (`overgenomenVanId`, set by the adoption
 * of a successful agreement): it is the adopting gemeente's own, with its own plan and course, and
 * must not hold up the table it came from.
 */
export function houdtAfrondingOp(a: Pick<Afspraak, 'status'> & { overgenomenVanId?: string | null }): boolean {
  return isHuidig(a.status) && !a.overgenomenVanId;
}

/** Done: monitoring said it reached its effect, or its owner stopped it with a reason. */
export function isBeeindigd(a: Pick<Afspraak, 'status' | 'oordeel'>): boolean {
  return a.oordeel === 'effect_bereikt' || a.status === 'gestopt';
}

/** How the step `afronding` sees an agreement; named by the start of its description, which holds no personal data. */
export function standVoorAfronding(a: Pick<Afspraak, 'omschrijving' | 'status' | 'oordeel'>): AfspraakStand {
  return {
    titel: a.omschrijving.length > 60 ? `${a.omschrijving.slice(0, 57)}...` : a.omschrijving,
    plan: true,
    akkoord: true,
    afgerond: isBeeindigd(a),
  };
}
