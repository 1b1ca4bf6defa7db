import type { ConsensusPartij, ConsensusStandpunt, Rol } from '@koers/contracts';
import type { InvoerFout } from '@koers/domain';

export type RondeUitkomst = 'open' | 'bereikt' | 'niet_bereikt';

/**
 * A round is decided by its answers: one `oneens` closes it as not reached (the behandelaar amends
 * the dossier and asks again); it is reached once every named party agreed; otherwise it stays open.
 */
export function uitkomstVan(partijen: readonly string[], antwoorden: ReadonlyArray<{ organisatie: string; standpunt: ConsensusStandpunt }>): RondeUitkomst {
  if (antwoorden.some((a) => a.standpunt === 'oneens')) return 'niet_bereikt';
  const eens = new Set(antwoorden.map((a) => a.organisatie));
  return partijen.every((organisatie) => eens.has(organisatie)) ? 'bereikt' : 'open';
}

/** The party a caller answers for: their organisation, named in the round, through the role it was named with. */
export function partijVan(partijen: readonly ConsensusPartij[], beller: { organisatie?: string; rollen: readonly Rol[] }): ConsensusPartij | undefined {
  return partijen.find((p) => p.organisatie === beller.organisatie && beller.rollen.includes(p.rol));
}

export interface AntwoordInvoer {
  standpunt: ConsensusStandpunt;
  aanvulling?: string;
  redenen?: string[];
}

/** What an answer must carry: text with `eens_met_aanvulling`, reasons with `oneens`, and nothing that belongs to another standpunt. */
export function ongeldigeAntwoordvelden(antwoord: AntwoordInvoer): InvoerFout[] {
  const fouten: InvoerFout[] = [];
  const heeftAanvulling = Boolean(antwoord.aanvulling?.trim());
  const heeftRedenen = (antwoord.redenen ?? []).some((r) => r.trim());
  if (antwoord.standpunt === 'eens_met_aanvulling' && !heeftAanvulling) {
    fouten.push({ naam: 'aanvulling', code: 'verplicht', reden: 'bij eens_met_aanvulling hoort de aanvulling' });
  }
  if (antwoord.standpunt !== 'eens_met_aanvulling' && antwoord.aanvulling !== undefined) {
    fouten.push({ naam: 'aanvulling', code: 'niet-bij-standpunt', reden: `een aanvulling hoort alleen bij eens_met_aanvulling, niet bij ${antwoord.standpunt}` });
  }
  if (antwoord.standpunt === 'oneens' && !heeftRedenen) {
    fouten.push({ naam: 'redenen', code: 'verplicht', reden: 'bij oneens horen de redenen (minstens één)' });
  }
  if (antwoord.standpunt !== 'oneens' && antwoord.redenen !== undefined) {
    fouten.push({ naam: 'redenen', code: 'niet-bij-standpunt', reden: `redenen horen alleen bij oneens, niet bij ${antwoord.standpunt}` });
  }
  return fouten;
}
