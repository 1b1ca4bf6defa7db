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
