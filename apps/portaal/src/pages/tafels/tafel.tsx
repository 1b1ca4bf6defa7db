import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { TafelsSchemas } from '@koers/clients';
import { useState } from 'react';
import { useParams } from 'react-router';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { gemeenteNaam, organisatieNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Formulier } from '../../layout/formulier';
import { Foutmelding, Laden } from '../../layout/meldingen';
import {
  AFSPRAAK_SOORT_NAMEN,
  AFSPRAAK_STATUS_NAMEN,
  BIJEENKOMST_STATUS_NAMEN,
  datum,
  datumTijdNl,
  deelnemerNaam,
  deelnemerOrganisatie,
  OORDEEL_NAMEN,
  ROL_AAN_TAFEL,
  TAFEL_STATUS_NAMEN,
  TOETSING_NAMEN,
  VOORTGANG_NAMEN,
} from '../teksten';
import { AfspraakFormulier, BijeenkomstFormulier, DeelnemerFormulier, GastFormulier, ProbleemstellingFormulier } from './formulieren';
import { isBehandelaar, magGastAanmelden, magProbleemstellingWijzigen } from './rechten';
import { AfrondingFormulier, LeerervaringGegevens } from './afronding';
import { AfwijkingenLijst, OpvolgingOverzicht } from './opvolging';

type Deelnemer = TafelsSchemas['DeelnemerResponse'];
type Afspraak = TafelsSchemas['AfspraakResponse'];

/** Organisations as the choices of an owner field: the code is sent, the name is shown. */
export function organisatieKeuzes(codes: readonly string[], naamVan: (code: string) => string): Array<{ waarde: string; tekst: string }> {
  return codes.map((code) => ({ waarde: code, tekst: naamVan(code) }));
}

/** The organisations at the table, who may own an agreement, as the choices of the owner field. */
export function eigenaarKeuzes(deelnemers: readonly Deelnemer[], naamVan: (code: string) => string): Array<{ waarde: string; tekst: string }> {
  return organisatieKeuzes([...new Set(deelnemers.map((d) => d.organisatie).filter((o): o is string => Boolean(o)))], naamVan);
}

export function Tafel() {
  const { id = '' } = useParams();
  const { clients, config, gebruiker } = useKoers();
  const tafel = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}', { params: { path: { id } } })), [id, clients]);
  const bijeenkomsten = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}/bijeenkomsten', { params: { path: { id } } })), [id, clients]);
  const afwijkingen = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}/afwijkingen', { params: { path: { id } } })), [id, clients]);
  // Recording moves the table on, which takes the form and its confirmation off the page; this keeps it said.
  const [netVastgelegd, setNetVastgelegd] = useState(false);
  const afgerond = tafel.status === 'klaar' && tafel.data.status === 'afgerond';
  const afronding = useLaden(
    () => (afgerond ? roep('tafels', clients.tafels.GET('/tafels/{id}/afronding', { params: { path: { id } } })) : Promise.resolve(undefined)),
    [id, clients, afgerond],
  );
  if (tafel.status === 'laden') return <Laden wat="De koerstafel" />;
  if (tafel.status === 'fout') return <Foutmelding titel="Koerstafel" fout={tafel.fout} opnieuw={tafel.opnieuw} />;
  const t = tafel.data;
  const behandelaar = isBehandelaar(gebruiker, t);
  const pad = { params: { path: { id } } };
  const naActie = () => {
    tafel.ververs();
    bijeenkomsten.ververs();
    afwijkingen.ververs();
  };
  const gehouden = bijeenkomsten.status === 'klaar' ? bijeenkomsten.data.filter((b) => b.status === 'gehouden') : [];
  const huidig = t.afspraken.filter((a) => a.status !== 'vervangen' && a.status !== 'ingetrokken');
  const nietBereikt = huidig.filter((a) => a.oordeel === 'niet_bereikt' && !a.overgenomenVanId);
  const omschrijving = (afspraakId: string) => t.afspraken.find((a) => a.id === afspraakId)?.omschrijving ?? 'Afspraak';
  const naamVan = (code: string) => organisatieNaam(config, code);
  return (
    <>
      <Heading level={1}>{t.titel}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>{TAFEL_STATUS_NAMEN[t.status] ?? t.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gemeenten</DataListKey>
          <DataListValue>{t.gemeenten.map((code) => gemeenteNaam(config, code)).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gestart op</DataListKey>
          <DataListValue>{datum(t.gestartOp)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Signaal</DataListKey>
          <DataListValue>
            <AppLink naar={`/signalen/${t.signaalId}`}>Lees het signaal</AppLink>
          </DataListValue>
        </DataListItem>
      </DataList>
      {t.bijsturingNodig ? (
        <Paragraph className="koers-fouttekst">
          <strong>Bijsturen nodig:</strong> {nietBereikt.length === 1 ? 'een afspraak heeft' : `${nietBereikt.length || 'Een'} afspraken hebben`} haar doel niet bereikt
          {nietBereikt.length ? ` (${nietBereikt.map((a) => a.omschrijving).join('; ')})` : ''}.{' '}
          {behandelaar
            ? 'Plan hieronder een nieuwe bijeenkomst om bij te sturen. Pas daarna de afspraak aan, of maak een nieuwe.'
            : 'De gemeente plant een nieuwe bijeenkomst om bij te sturen. U krijgt dan een uitnodiging.'}
        </Paragraph>
      ) : null}

      <section aria-labelledby="probleemstelling">
        <Heading level={2} id="probleemstelling">
          Wat is het probleem?
        </Heading>
        <Paragraph>{t.probleemstelling}</Paragraph>
        {magProbleemstellingWijzigen(gebruiker, t) ? (
          <ProbleemstellingFormulier
            huidig={t.probleemstelling}
            verstuur={async (probleemstelling) => {
              await roep('tafels', clients.tafels.PATCH('/tafels/{id}', { ...pad, body: { probleemstelling } }));
              naActie();
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="deelnemers">
        <Heading level={2} id="deelnemers">
          Wie zitten er aan tafel?
        </Heading>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {t.deelnemers.map((deelnemer) => (
              <TableRow key={deelnemer.id}>
                <TableCell>{deelnemerNaam(deelnemer, naamVan)}</TableCell>
                <TableCell>{ROL_AAN_TAFEL[deelnemer.rol] ?? deelnemer.rol}</TableCell>
                <TableCell>{deelnemerOrganisatie(deelnemer, naamVan)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {!t.deelnemers.some((d) => d.rol === 'clientvertegenwoordiger' || d.rol === 'gast') ? (
          <Paragraph>Er zit nog niemand van de cliënten aan tafel. Dat moet, voordat u een bijeenkomst plant. Zet een cliëntvertegenwoordiger aan tafel, of laat die een gast aanmelden.</Paragraph>
        ) : null}
        {behandelaar && t.status !== 'afgerond' ? (
          <DeelnemerFormulier
            organisatieNaam={naamVan}
            zoek={(query) => roep('tafels', clients.tafels.GET('/tafels/{id}/kandidaten', { params: { path: pad.params.path, query } }))}
            zetAanTafel={async (sub) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/deelnemers', { ...pad, body: { sub } }));
              naActie();
            }}
          />
        ) : null}
        {magGastAanmelden(gebruiker, t) ? (
          <GastFormulier
            verstuur={async (alias) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/gasten', { ...pad, body: { alias } }));
              naActie();
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="bijeenkomsten">
        <Heading level={2} id="bijeenkomsten">
          Bijeenkomsten
        </Heading>
        {bijeenkomsten.status === 'laden' ? <Laden wat="De bijeenkomsten" /> : null}
        {bijeenkomsten.status === 'fout' ? <Foutmelding fout={bijeenkomsten.fout} opnieuw={bijeenkomsten.opnieuw} /> : null}
        {bijeenkomsten.status === 'klaar' && !bijeenkomsten.data.length ? (
          <Paragraph>{behandelaar ? 'Er is nog geen bijeenkomst. Plan hieronder de eerste.' : 'Er is nog geen bijeenkomst. De gemeente plant die. U krijgt dan een uitnodiging.'}</Paragraph>
        ) : null}
        {bijeenkomsten.status === 'klaar' && bijeenkomsten.data.length ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {bijeenkomsten.data.map((b) => (
                <TableRow key={b.id}>
                  <TableCell>
                    <AppLink naar={`/tafels/${id}/bijeenkomsten/${b.id}`}>{datumTijdNl(b.start)}</AppLink>
                  </TableCell>
                  <TableCell>{BIJEENKOMST_STATUS_NAMEN[b.status] ?? b.status}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
        {behandelaar && !['afspraken_vastgelegd', 'afgerond'].includes(t.status) ? (
          <BijeenkomstFormulier
            verstuur={async (velden) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/bijeenkomsten', { ...pad, body: velden }));
              naActie();
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="afspraken">
        <Heading level={2} id="afspraken">
          Afspraken
        </Heading>
        {t.afspraken.length ? (
          <AfsprakenTabel tafelId={id} afspraken={t.afspraken} organisatieNaam={naamVan} />
        ) : (
          <Paragraph>
            {t.status === 'gehouden' || !behandelaar
              ? 'Er zijn nog geen afspraken.'
              : 'Er zijn nog geen afspraken. U maakt ze nadat het verslag van een bijeenkomst is gemaakt.'}
          </Paragraph>
        )}
        {netVastgelegd && t.status !== 'gehouden' ? <Paragraph role="status">De afspraken zijn vastgelegd.</Paragraph> : null}
        {behandelaar && t.status === 'gehouden' ? (
          <>
            <AfspraakFormulier
              eigenaren={eigenaarKeuzes(t.deelnemers, naamVan)}
              gemeenten={t.gemeenten.map((code) => ({ waarde: code, tekst: gemeenteNaam(config, code) }))}
              bijeenkomsten={gehouden.map((b) => ({ waarde: b.id, tekst: datumTijdNl(b.start) }))}
              verstuur={async (velden) => {
                await roep('tafels', clients.tafels.POST('/tafels/{id}/afspraken', { ...pad, body: velden, headers: { 'idempotency-key': crypto.randomUUID() } }));
                naActie();
              }}
            />
            <Formulier
              titel="Alle afspraken vastleggen"
              knop="Afspraken vastleggen"
              gelukt="De afspraken zijn vastgelegd."
              uitgeschakeld={vastleggenKanNiet(huidig)}
              verstuur={async () => {
                await roep('tafels', clients.tafels.POST('/tafels/{id}/afspraken/vastlegging', pad));
                setNetVastgelegd(true);
                naActie();
              }}
            >
              {() => <Paragraph>Dit kan als een jurist akkoord is met elke afspraak en elke afspraak een monitoringplan heeft.</Paragraph>}
            </Formulier>
          </>
        ) : null}
      </section>

      {t.status === 'monitoring' || t.status === 'afgerond' || t.opvolging.afspraken.some((a) => a.status !== 'concept') ? (
        <section aria-labelledby="opvolging">
          <Heading level={2} id="opvolging">
            Hoe gaat het met de afspraken?
          </Heading>
          <OpvolgingOverzicht opvolging={t.opvolging} omschrijving={omschrijving} organisatieNaam={naamVan} tafelId={id} />
        </section>
      ) : null}

      <section aria-labelledby="afwijkingen">
        <Heading level={2} id="afwijkingen">
          Nieuwe afwijkingen in de cijfers
        </Heading>
        {afwijkingen.status === 'laden' ? <Laden wat="De afwijkingen" /> : null}
        {afwijkingen.status === 'fout' ? <Foutmelding fout={afwijkingen.fout} opnieuw={afwijkingen.opnieuw} /> : null}
        {afwijkingen.status === 'klaar' ? <AfwijkingenLijst afwijkingen={afwijkingen.data} gemeenteNaam={(code) => gemeenteNaam(config, code)} /> : null}
      </section>

      {t.status === 'afgerond' ? (
        <section aria-labelledby="leerervaringen">
          <Heading level={2} id="leerervaringen">
            Wat hebben we geleerd?
          </Heading>
          {afronding.status === 'laden' ? <Laden wat="De leerervaringen" /> : null}
          {afronding.status === 'fout' ? <Foutmelding fout={afronding.fout} opnieuw={afronding.opnieuw} /> : null}
          {afronding.status === 'klaar' && afronding.data ? <LeerervaringGegevens leerervaring={afronding.data} /> : null}
        </section>
      ) : null}
      {behandelaar && t.status === 'monitoring' ? (
        <section aria-labelledby="afronden">
          <Heading level={2} id="afronden">
            Afronden
          </Heading>
          <AfrondingFormulier
            verstuur={async (leerervaringen) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/afronding', { ...pad, body: { leerervaringen } }));
              naActie();
            }}
          />
        </section>
      ) : null}
    </>
  );
}

/** Why recording cannot succeed yet, as far as the screen can tell (tafels names every agreement in its refusal). */
export function vastleggenKanNiet(afspraken: readonly Pick<Afspraak, 'status' | 'toetsing' | 'monitoringplanId'>[]): string | undefined {
  const concepten = afspraken.filter((a) => a.status === 'concept');
  if (!concepten.length) return 'Er is geen voorstel om vast te leggen.';
  const zonderAkkoord = concepten.filter((a) => a.toetsing !== 'akkoord').length;
  const zonderPlan = concepten.filter((a) => !a.monitoringplanId).length;
  if (zonderAkkoord) return `${zonderAkkoord === 1 ? 'Eén afspraak heeft' : `${zonderAkkoord} afspraken hebben`} nog geen akkoord van een jurist.`;
  if (zonderPlan) return `${zonderPlan === 1 ? 'Eén afspraak heeft' : `${zonderPlan} afspraken hebben`} nog geen monitoringplan.`;
  return undefined;
}

export function AfsprakenTabel({ tafelId, afspraken, organisatieNaam }: { tafelId: string; afspraken: readonly Afspraak[]; organisatieNaam: (code: string) => string }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Afspraak</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Jurist</TableHeaderCell>
          <TableHeaderCell scope="col">Monitoringplan</TableHeaderCell>
          <TableHeaderCell scope="col">Voortgang en oordeel</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {afspraken.map((a) => (
          <TableRow key={a.id}>
            <TableCell>
              <AppLink naar={`/tafels/${tafelId}/afspraken/${a.id}`}>{a.omschrijving}</AppLink>
              <br />
              <small>
                {AFSPRAAK_SOORT_NAMEN[a.soort] ?? a.soort}, versie {a.versie}, door {organisatieNaam(a.eigenaar)}, klaar op {datum(a.deadline)}
              </small>
            </TableCell>
            <TableCell>{AFSPRAAK_STATUS_NAMEN[a.status] ?? a.status}</TableCell>
            <TableCell>{TOETSING_NAMEN[a.toetsing] ?? a.toetsing}</TableCell>
            <TableCell>{planTekst(a)}</TableCell>
            <TableCell>
              {a.voortgang ? VOORTGANG_NAMEN[a.voortgang] : 'Nog niets gemeld'}
              {a.oordeel ? `. ${OORDEEL_NAMEN[a.oordeel]}` : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function planTekst(afspraak: Pick<Afspraak, 'monitoringplanId' | 'planBevestigd'>): string {
  if (!afspraak.monitoringplanId) return 'Nog geen plan';
  return afspraak.planBevestigd ? 'Plan is klaar' : 'Plan wordt gemaakt';
}
