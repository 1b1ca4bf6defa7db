/** Dutch words for the codes the API answers with. */
export const STATUS_NAMEN: Record<string, string> = {
  ingediend: 'Ingediend',
  in_voorbereiding: 'In voorbereiding',
  consensus_gevraagd: 'Consensus gevraagd',
  consensus_bereikt: 'Consensus bereikt',
  tafel_gestart: 'Tafel gestart',
  afgewezen: 'Afgewezen',
  samengevoegd: 'Samengevoegd',
};

export const BRON_NAMEN: Record<string, string> = {
  beleidsinformatie: 'Cijfers van de regio',
  contractdoel: 'Doel uit een contract',
  partnerverzoek: 'Verzoek van een partner',
};

export function datum(iso: string): string {
  return new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function datumTijd(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const DOSSIER_NAMEN: Record<string, string> = {
  objectieve_data: 'Cijfers',
  ervaringsinformatie: 'Ervaringen',
  juridisch_kader: 'Wet of afspraak',
};

export const PERSPECTIEF_NAMEN: Record<string, string> = {
  client: 'Cliënt',
  ouder: 'Ouder',
  jongere: 'Jongere',
  professional: 'Professional',
};

export const KADER_NAMEN: Record<string, string> = {
  wet: 'Wet',
  contract: 'Contract',
  regionale_afspraak: 'Afspraak in de regio',
};

export const STANDPUNT_NAMEN: Record<string, string> = {
  eens: 'Eens',
  eens_met_aanvulling: 'Eens, met een aanvulling',
  oneens: 'Oneens',
};

export const UITKOMST_NAMEN: Record<string, string> = {
  open: 'Loopt nog',
  bereikt: 'Iedereen is het eens',
  niet_bereikt: 'Niet iedereen is het eens',
};

/** Days from today to a deadline, said plainly: "nog 3 dagen", "vandaag", "2 dagen te laat". */
export function termijnTekst(uiterlijk: string, verstreken: boolean, nu = new Date()): string {
  const dag = 24 * 60 * 60 * 1000;
  const eind = new Date(uiterlijk);
  const dagen = Math.round((Date.UTC(eind.getFullYear(), eind.getMonth(), eind.getDate()) - Date.UTC(nu.getFullYear(), nu.getMonth(), nu.getDate())) / dag);
  if (dagen < 0) return `${datum(uiterlijk)}: ${-dagen} ${dagen === -1 ? 'dag' : 'dagen'} te laat`;
  if (verstreken) return `${datum(uiterlijk)}: te laat`;
  if (dagen === 0) return `${datum(uiterlijk)}: vandaag`;
  return `${datum(uiterlijk)}: nog ${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
}

export const TAFEL_STATUS_NAMEN: Record<string, string> = {
  voorbereiding: 'In voorbereiding',
  gepland: 'Bijeenkomst gepland',
  gehouden: 'Bijeenkomst gehouden',
  afspraken_vastgelegd: 'Afspraken vastgelegd',
  monitoring: 'We volgen de afspraken',
  afgerond: 'Afgerond',
};

export const BIJEENKOMST_STATUS_NAMEN: Record<string, string> = {
  gepland: 'Gepland',
  geannuleerd: 'Gaat niet door',
  gehouden: 'Gehouden',
};

/** What kind of organisation a consensus party is, by the role it answers through. */
export const PARTIJ_SOORTEN: Record<string, string> = {
  aanbieder: 'aanbieder',
  clientvertegenwoordiger: 'cliëntenraad',
};

export const ROL_AAN_TAFEL: Record<string, string> = {
  gemeente: 'Gemeente',
  aanbieder: 'Aanbieder',
  clientvertegenwoordiger: 'Cliëntvertegenwoordiger',
  jurist: 'Jurist',
  gast: 'Gast',
};

/**
 * How someone at (or for) a table is named: a professional by name, a guest by alias (or, for who
 * may not see it, as a guest of the organisation), a client representative by their organisation.
 */
export function deelnemerNaam(deelnemer: { rol: string; naam?: string; organisatie?: string; alias?: string }, organisatieNaam: (code: string) => string): string {
  const organisatie = deelnemer.organisatie ? organisatieNaam(deelnemer.organisatie) : undefined;
  if (deelnemer.rol === 'gast') return deelnemer.alias ? `${deelnemer.alias} (gast)` : `Een gast${organisatie ? ` van ${organisatie}` : ''}`;
  return deelnemer.naam ?? (organisatie ? `Iemand van ${organisatie}` : ROL_AAN_TAFEL[deelnemer.rol]);
}

/** The organisation of someone at (or for) a table; the gemeente's people have none of their own. */
export function deelnemerOrganisatie(deelnemer: { rol: string; organisatie?: string }, organisatieNaam: (code: string) => string): string {
  if (deelnemer.organisatie) return organisatieNaam(deelnemer.organisatie);
  return deelnemer.rol === 'gemeente' ? 'Gemeente' : '';
}

export const AFSPRAAK_SOORT_NAMEN: Record<string, string> = {
  contractaanpassing: 'Het contract aanpassen',
  deskundigheidsbevordering: 'Kennis en kunde vergroten',
  werkafspraak: 'Werkafspraak',
  pilot: 'Proef (pilot)',
  outcomecriterium: 'Doel om op te sturen (outcome)',
  overig: 'Iets anders',
};

export const AFSPRAAK_STATUS_NAMEN: Record<string, string> = {
  concept: 'Voorstel',
  vastgelegd: 'Vastgelegd',
  uitgevoerd: 'Uitgevoerd',
  gestopt: 'Gestopt',
  vervangen: 'Vervangen door een nieuwe versie',
  ingetrokken: 'Ingetrokken',
};

export const TOETSING_NAMEN: Record<string, string> = {
  open: 'Nog niet bekeken door een jurist',
  akkoord: 'Jurist is akkoord',
  bezwaar: 'Jurist heeft bezwaar',
};

export const OORDEEL_NAMEN: Record<string, string> = {
  effect_bereikt: 'Het doel is bereikt',
  niet_bereikt: 'Het doel is niet bereikt',
  onvoldoende_data: 'Nog te weinig cijfers om het te zeggen',
};

export const VOORTGANG_NAMEN: Record<string, string> = {
  lopend: 'Loopt',
  uitgevoerd: 'Uitgevoerd',
  gestopt: 'Gestopt',
};

export const ANTWOORD_NAMEN: Record<string, string> = {
  aanwezig: 'Komt',
  afwezig: 'Komt niet',
};

const NL = 'Europe/Amsterdam';

export function datumTijdNl(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { timeZone: NL, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** An instant as the Dutch clock shows it, for an `<input type="datetime-local">`: `2026-03-02T10:00`. */
export function lokaleTijd(iso: string): string {
  const delen = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: NL, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((deel) => [deel.type, deel.value]),
  );
  return `${delen.year}-${delen.month}-${delen.day}T${delen.hour}:${delen.minute}`;
}
