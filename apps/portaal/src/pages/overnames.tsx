import { useState } from 'react';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { TafelsSchemas } from '@koers/clients';
import { useSearchParams } from 'react-router';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { gemeenteNaam, organisatieNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { fouten, Formulier, KeuzeVeld, maxLengte, TekstvakVeld, TekstVeld, verplicht } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { Paginering } from '../layout/paginering';
import { AfspraakGegevens } from './tafels/afspraak';
import { organisatieKeuzes } from './tafels/tafel';
import { datum, OORDEEL_NAMEN, TOETSING_NAMEN } from './teksten';

type Aanbod = TafelsSchemas['AanbodResponse'];
type Afspraak = TafelsSchemas['AfspraakResponse'];
type OvernamesVanAfspraak = TafelsSchemas['OvernamesVanAfspraakResponse'];

const FILTERS = [
  { waarde: 'open', tekst: 'Nog te beantwoorden' },
  { waarde: 'overgenomen', tekst: 'Overgenomen' },
  { waarde: 'afgeslagen', tekst: 'Niet overgenomen' },
] as const;
type Filter = (typeof FILTERS)[number]['waarde'];
const PAGINA_GROOTTE = 20;

/** What to do when a choice shows no offers; with one agreement chosen, the way back to all of them is said above. */
export function geenAanbod(status: Filter, eenAfspraak: boolean): string {
  if (eenAfspraak) {
    return status === 'open'
      ? 'Deze afspraak wacht niet op uw antwoord. Misschien hebt u al geantwoord: kies hierboven Overgenomen of Niet overgenomen.'
      : 'Deze afspraak staat hier niet. Kies hierboven Nog te beantwoorden.';
  }
  if (status === 'open') return 'Er wacht geen afspraak op uw antwoord. Als een afspraak in een andere gemeente haar doel bereikt, krijgt u een bericht en staat zij hier.';
  if (status === 'overgenomen') return 'U hebt nog geen afspraak overgenomen. Kies hierboven Nog te beantwoorden om te zien wat op u wacht.';
  return 'U hebt nog geen afspraak afgeslagen. Kies hierboven Nog te beantwoorden om te zien wat op u wacht.';
}

/** The offers to the person's gemeente to take over an agreement that worked elsewhere, paged by tafels; `?afspraak=` is the link in the message. */
export function Overnames() {
  const { clients, config, gebruiker } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const gekozen = zoekParams.get('status');
  const status: Filter = FILTERS.some((f) => f.waarde === gekozen) ? (gekozen as Filter) : 'open';
  const afspraak = zoekParams.get('afspraak') ?? undefined;
  const pagina = Math.max(1, Math.floor(Number(zoekParams.get('pagina') ?? 1)) || 1);
  const lijst = useLaden(
    () => roep('tafels', clients.tafels.GET('/overnames', { params: { query: { status, pagina, paginaGrootte: PAGINA_GROOTTE, ...(afspraak ? { afspraak } : {}) } } })),
    [status, afspraak, pagina, clients],
  );
  const kies = (keuze: { status: Filter; pagina?: number }) =>
    setZoekParams({ status: keuze.status, ...(afspraak ? { afspraak } : {}), ...(keuze.pagina && keuze.pagina > 1 ? { pagina: String(keuze.pagina) } : {}) });
  const naam = (code: string) => gemeenteNaam(config, code);
  return (
    <>
      <Heading level={1}>Afspraken om over te nemen</Heading>
      <Paragraph>
        Een afspraak werkte in een andere gemeente van de regio. Wilt u haar ook voor {gebruiker?.gemeente ? naam(gebruiker.gemeente) : 'uw gemeente'}? Neem haar over met uw eigen deadline, of zeg waarom niet.
      </Paragraph>
      <KeuzeVeld naam="status" label="Laat zien" verplicht waarde={status} wijzig={(nieuw) => kies({ status: nieuw as Filter })} opties={[...FILTERS]} />
      {afspraak ? (
        <Paragraph>
          U ziet het aanbod van één afspraak. <AppLink naar={`/overnames?status=${status}`}>Laat alle afspraken zien</AppLink>.
        </Paragraph>
      ) : null}
      {lijst.status === 'laden' ? <Laden wat="Het aanbod" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? <Paragraph>{geenAanbod(status, Boolean(afspraak))}</Paragraph> : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          <Paragraph>
            {lijst.data.totaal} {lijst.data.totaal === 1 ? 'afspraak' : 'afspraken'} gevonden.
          </Paragraph>
          {lijst.data.items.map((aanbod) => (
            // After an answer the offer is no longer open: show it where it went, with what comes next.
            <AanbodKaart key={aanbod.id} aanbod={aanbod} naam={naam} naAntwoord={(nieuw) => kies({ status: nieuw })} />
          ))}
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ status, pagina: nieuw })} />
        </>
      ) : null}
    </>
  );
}

function AanbodKaart({ aanbod, naam, naAntwoord }: { aanbod: Aanbod; naam: (code: string) => string; naAntwoord: (status: Filter) => void }) {
  const { clients, config } = useKoers();
  const a = aanbod.afspraak;
  const pad = { params: { path: { id: aanbod.id } } };
  const organisatie = (code: string) => organisatieNaam(config, code);
  // Another owner must sit at the agreement's table (tafels checks it and lists them with the offer).
  const anderen = organisatieKeuzes(aanbod.organisatiesAanTafel.filter((code) => code !== a.eigenaar), organisatie);
  return (
    <article className="koers-kaart" aria-labelledby={`aanbod-${aanbod.id}`}>
      <Heading level={2} id={`aanbod-${aanbod.id}`}>
        <AppLink naar={`/tafels/${aanbod.tafelId}/afspraken/${a.id}`}>{a.omschrijving}</AppLink>
      </Heading>
      <Paragraph>
        Dit werkte in {a.gemeenten.map(naam).join(', ')}: {a.oordeel ? OORDEEL_NAMEN[a.oordeel].toLowerCase() : 'het doel is bereikt'}. Aangeboden op {datum(aanbod.aangebodenOp)}.
      </Paragraph>
      <AfspraakGegevens afspraak={a} gemeenten={a.gemeenten.map(naam).join(', ')} />
      {aanbod.status === 'afgeslagen' ? <Paragraph>U nam deze afspraak niet over. De reden: {aanbod.reden}</Paragraph> : null}
      {aanbod.status === 'overgenomen' && aanbod.overgenomenAfspraakId ? (
        <KopieStand tafelId={aanbod.tafelId} overnameId={aanbod.id} kopieId={aanbod.overgenomenAfspraakId} />
      ) : null}
      {aanbod.status === 'open' ? (
        <>
          <OvernemenFormulier
            huidige={organisatie(a.eigenaar)}
            anderen={anderen}
            verstuur={async (velden) => {
              await roep('tafels', clients.tafels.POST('/overnames/{id}/antwoord', { ...pad, body: { antwoord: 'overnemen', ...velden } }));
              naAntwoord('overgenomen');
            }}
          />
          <AfslaanFormulier
            verstuur={async (reden) => {
              await roep('tafels', clients.tafels.POST('/overnames/{id}/antwoord', { ...pad, body: { antwoord: 'afslaan', reden } }));
              naAntwoord('afgeslagen');
            }}
          />
        </>
      ) : null}
    </article>
  );
}

/** The copy's state, read from its table: what it still needs before the gemeente records it. */
function KopieStand({ tafelId, overnameId, kopieId }: { tafelId: string; overnameId: string; kopieId: string }) {
  const { clients } = useKoers();
  const afspraken = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}/afspraken', { params: { path: { id: tafelId } } })), [tafelId, clients]);
  if (afspraken.status === 'laden') return <Laden wat="Uw eigen afspraak" />;
  if (afspraken.status === 'fout') return <Foutmelding fout={afspraken.fout} opnieuw={afspraken.opnieuw} />;
  const kopie = afspraken.data.find((x) => x.id === kopieId);
  if (!kopie) return null;
  return (
    <>
      <Paragraph>
        U hebt deze afspraak overgenomen: <AppLink naar={`/tafels/${tafelId}/afspraken/${kopieId}`}>uw eigen afspraak</AppLink>, klaar op {datum(kopie.deadline)}.
      </Paragraph>
      <KopiePad kopie={kopie} magVastleggen vastleggen={async () => {
        await roep('tafels', clients.tafels.POST('/overnames/{id}/vastlegging', { params: { path: { id: overnameId } }, headers: { 'idempotency-key': crypto.randomUUID() } }));
        afspraken.ververs();
      }} />
    </>
  );
}

/** Why a copy cannot be recorded yet, as far as the screen can tell (tafels decides and names what is missing). */
export function kopieKanNietVastgelegd(kopie: Pick<Afspraak, 'status' | 'toetsing' | 'monitoringplanId'>): string | undefined {
  if (kopie.status !== 'concept') return 'Deze afspraak is al vastgelegd.';
  if (!kopie.monitoringplanId) return 'Er is nog geen monitoringplan. Monitoring maakt dat.';
  if (kopie.toetsing !== 'akkoord') return 'Een jurist moet nog akkoord geven.';
  return undefined;
}

/** The path of an adopted agreement: its plan, a jurist's akkoord, then the adopting gemeente records it. */
export function KopiePad({ kopie, magVastleggen, vastleggen }: { kopie: Afspraak; magVastleggen: boolean; vastleggen: () => Promise<unknown> }) {
  const klaar = (ja: boolean) => (ja ? 'klaar' : 'nog niet');
  return (
    <>
      <Paragraph>Een overgenomen afspraak gaat zo verder:</Paragraph>
      <ol className="koers-lijst">
        <li>Monitoring maakt een plan om haar te volgen: {klaar(Boolean(kopie.monitoringplanId))}.</li>
        <li>
          Een jurist van de regio kijkt ernaar: {klaar(kopie.toetsing === 'akkoord')} ({TOETSING_NAMEN[kopie.toetsing] ?? kopie.toetsing}).
        </li>
        <li>Uw gemeente legt haar vast: {klaar(kopie.status !== 'concept')}.</li>
      </ol>
      {magVastleggen && kopie.status === 'concept' ? (
        <Formulier titel="Uw afspraak vastleggen" knop="Afspraak vastleggen" gelukt="Uw afspraak is vastgelegd. Monitoring volgt haar nu." uitgeschakeld={kopieKanNietVastgelegd(kopie)} verstuur={vastleggen}>
          {() => <Paragraph>Als u haar vastlegt, gaat de afspraak voor uw gemeente lopen.</Paragraph>}
        </Formulier>
      ) : null}
    </>
  );
}

/**
 * Taking an agreement over: an own deadline, and who does it — the same organisation unless the
 * gemeente picks another of those at the agreement's table.
 */
export function OvernemenFormulier({
  huidige,
  anderen,
  verstuur,
}: {
  huidige: string;
  anderen: ReadonlyArray<{ waarde: string; tekst: string }>;
  verstuur: (velden: { deadline: string; eigenaar?: string }) => Promise<unknown>;
}) {
  const [deadline, setDeadline] = useState('');
  const [eigenaar, setEigenaar] = useState('');
  return (
    <Formulier
      titel="Overnemen"
      knop="Afspraak overnemen"
      gelukt="U nam de afspraak over. Nu maakt monitoring een plan en kijkt een jurist ernaar. Daarna legt u haar vast."
      controleer={() => fouten({ deadline: verplicht(deadline, 'de deadline voor uw gemeente') })}
      verstuur={() => verstuur({ deadline, ...(eigenaar ? { eigenaar } : {}) })}
    >
      {(f) => (
        <>
          <TekstVeld naam="deadline" type="date" label="Klaar op" uitleg="Wanneer moet het in uw gemeente klaar zijn? Niet in het verleden." waarde={deadline} wijzig={setDeadline} fout={f.deadline} verplicht />
          <KeuzeVeld
            naam="eigenaar"
            label="Wie doet het in uw gemeente?"
            uitleg="Dezelfde organisatie, of een andere die aan deze tafel zit."
            waarde={eigenaar}
            wijzig={setEigenaar}
            fout={f.eigenaar}
            opties={[{ waarde: '', tekst: `${huidige} (dezelfde)` }, ...anderen]}
          />
        </>
      )}
    </Formulier>
  );
}

export function AfslaanFormulier({ verstuur }: { verstuur: (reden: string) => Promise<unknown> }) {
  const [reden, setReden] = useState('');
  return (
    <Formulier
      titel="Niet overnemen"
      knop="Niet overnemen"
      knopSoort="secondary"
      gelukt="U nam de afspraak niet over. De regio ziet uw reden."
      controleer={() => fouten({ reden: verplicht(reden, 'waarom u haar niet overneemt') ?? maxLengte(reden, 2000) })}
      verstuur={() => verstuur(reden.trim())}
    >
      {(f) => <TekstvakVeld naam="reden" label="Waarom neemt u haar niet over?" uitleg="De andere gemeenten van de regio lezen dit. Zet er geen namen in." waarde={reden} wijzig={setReden} fout={f.reden} verplicht />}
    </Formulier>
  );
}

/** The region's view of one agreement's offers: who took it over, who declined and why, who did not answer yet. */
export function OvernamesOverzicht({ overnames, naam, tafelId }: { overnames: OvernamesVanAfspraak; naam: (code: string) => string; tafelId: string }) {
  if (!overnames.overnames.length) return <Paragraph>Deze afspraak is niet aan andere gemeenten aangeboden. Dat gebeurt als zij in één gemeente haar doel bereikt.</Paragraph>;
  return (
    <>
      <Paragraph>
        {overnames.overgenomen} overgenomen, {overnames.afgeslagen} niet overgenomen, {overnames.open} nog geen antwoord.
      </Paragraph>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
            <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {overnames.overnames.map((o) => (
            <TableRow key={o.id}>
              <TableCell>{o.gemeentenaam ?? naam(o.gemeente)}</TableCell>
              <TableCell>
                {o.status === 'open' ? 'Nog geen antwoord' : null}
                {o.status === 'afgeslagen' ? `Niet overgenomen. De reden: ${o.reden ?? ''}` : null}
                {o.status === 'overgenomen' ? (
                  <>
                    Overgenomen{o.beantwoordOp ? ` op ${datum(o.beantwoordOp)}` : ''}.{' '}
                    {o.overgenomenAfspraakId ? <AppLink naar={`/tafels/${tafelId}/afspraken/${o.overgenomenAfspraakId}`}>Bekijk hun afspraak</AppLink> : null}
                  </>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
