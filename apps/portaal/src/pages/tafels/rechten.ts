import type { TafelsSchemas } from '@koers/clients';
import { Gebruiker, heeftRol } from '../../auth/gebruiker';

type Tafel = Pick<TafelsSchemas['TafelDetailResponse'], 'behandelaarGemeente' | 'gemeenten' | 'deelnemers' | 'status'>;
type Deelnemer = TafelsSchemas['DeelnemerResponse'];
type Afspraak = Pick<TafelsSchemas['AfspraakResponse'], 'eigenaar' | 'status'>;

/**
 * Which actions a screen offers the person: only hints, so nobody clicks what is bound to be
 * refused. Tafels decides every call itself (its behandelaar, its jurists' organisations) and the
 * screen shows its refusal when the hint was wrong.
 */
export function isBehandelaar(gebruiker: Gebruiker | undefined, tafel: Tafel): boolean {
  return Boolean(gebruiker && heeftRol(gebruiker, ['gemeente']) && gebruiker.gemeente === tafel.behandelaarGemeente);
}

export function magProbleemstellingWijzigen(gebruiker: Gebruiker | undefined, tafel: Tafel): boolean {
  return Boolean(gebruiker && heeftRol(gebruiker, ['gemeente']) && gebruiker.gemeente && tafel.gemeenten.includes(gebruiker.gemeente) && tafel.status !== 'afgerond');
}

export function magGastAanmelden(gebruiker: Gebruiker | undefined, tafel: Tafel): boolean {
  return Boolean(gebruiker && heeftRol(gebruiker, ['clientvertegenwoordiger']) && gebruiker.organisatie && tafel.status !== 'afgerond');
}

/** The seats the person answers invitations for: their own, and the guests their organisation brought. */
export function mijnPlaatsen(gebruiker: Gebruiker | undefined, deelnemers: readonly Deelnemer[]): Deelnemer[] {
  if (!gebruiker) return [];
  return deelnemers.filter(
    (d) => (d.sub && d.sub === gebruiker.sub) || (d.rol === 'gast' && heeftRol(gebruiker, ['clientvertegenwoordiger']) && gebruiker.organisatie && d.organisatie === gebruiker.organisatie),
  );
}

export function isDeelnemer(gebruiker: Gebruiker | undefined, deelnemers: readonly Deelnemer[]): boolean {
  return mijnPlaatsen(gebruiker, deelnemers).length > 0;
}

export function isEigenaar(gebruiker: Gebruiker | undefined, afspraak: Afspraak): boolean {
  return Boolean(gebruiker && heeftRol(gebruiker, ['aanbieder', 'clientvertegenwoordiger']) && gebruiker.organisatie === afspraak.eigenaar);
}

export function magToetsen(gebruiker: Gebruiker | undefined, afspraak: Afspraak): boolean {
  return Boolean(gebruiker && heeftRol(gebruiker, ['jurist']) && afspraak.status === 'concept' && gebruiker.organisatie !== afspraak.eigenaar);
}
