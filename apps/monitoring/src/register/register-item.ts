import type { RegisterGemeente, RegisterIndicator } from '@koers/contracts';
import type { Gemeente } from '../gebied/gebied.entity';
import type { Indicator } from '../indicator/indicator.entity';

/** A gemeente as the register events and the register read carry it. */
export function registerGemeente(gemeente: Pick<Gemeente, 'code' | 'naam' | 'versie'>): RegisterGemeente {
  return { code: gemeente.code, naam: gemeente.naam, versie: gemeente.versie };
}

/** An indicator as a region's register carries it; one without region is the national catalogue's. */
export function registerIndicator(indicator: Omit<Indicator, 'aangemaaktOp' | 'gewijzigdOp'>): RegisterIndicator {
  return {
    code: indicator.code,
    naam: indicator.naam,
    definitie: indicator.definitie,
    eenheid: indicator.eenheid,
    richting: indicator.richting,
    bron: indicator.bron,
    landelijk: indicator.regio === null,
    versie: indicator.versie,
  };
}
