import { useState } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { TafelsSchemas } from '@koers/clients';
import { useParams } from 'react-router';
import { roep } from '../../api/api';
import { KoersFout, KoersFoutError } from '../../api/fout';
import { useLaden } from '../../api/laden';
import { organisatieNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Formulier } from '../../layout/formulier';
import { Foutmelding, Laden, tekstVan } from '../../layout/meldingen';
import { ANTWOORD_NAMEN, BIJEENKOMST_STATUS_NAMEN, datumTijdNl, deelnemerNaam } from '../teksten';
import { AntwoordFormulier, BijeenkomstFormulier, BijeenkomstVelden, OpmerkingFormulier, VaststellingFormulier, VerslagFormulier } from './formulieren';
import { isBehandelaar, isDeelnemer, mijnPlaatsen } from './rechten';

type Verslag = TafelsSchemas['VerslagResponse'];

export function Bijeenkomst() {
  const { id = '', bijeenkomstId = '' } = useParams();
  const { clients, config, gebruiker } = useKoers();
  const naamVan = (code: string) => organisatieNaam(config, code);
  const pad = { params: { path: { id, bijeenkomstId } } };
  const tafel = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}', { params: { path: { id } } })), [id, clients]);
  const bijeenkomst = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}/bijeenkomsten/{bijeenkomstId}', pad)), [id, bijeenkomstId, clients]);
  // No minutes yet is a 404 of their own; a concept the person may not see a 403: both just mean "nothing to show".
  const verslag = useLaden(async (): Promise<Verslag | { geen: KoersFout['soort'] }> => {
    try {
      return await roep('tafels', clients.tafels.GET('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag', pad));
    } catch (error) {
      if (error instanceof KoersFoutError && (error.fout.soort === 'niet-gevonden' || error.fout.soort === 'geen-toegang')) return { geen: error.fout.soort };
      throw error;
    }
  }, [id, bijeenkomstId, clients]);

  if (tafel.status === 'laden' || bijeenkomst.status === 'laden') return <Laden wat="De bijeenkomst" />;
  if (tafel.status === 'fout') return <Foutmelding titel="Bijeenkomst" fout={tafel.fout} opnieuw={tafel.opnieuw} />;
  if (bijeenkomst.status === 'fout') return <Foutmelding titel="Bijeenkomst" fout={bijeenkomst.fout} opnieuw={bijeenkomst.opnieuw} />;
  const t = tafel.data;
  const b = bijeenkomst.data;
  const behandelaar = isBehandelaar(gebruiker, t);
  const naActie = () => {
    bijeenkomst.ververs();
    verslag.ververs();
  };
  const begonnen = Date.parse(b.start) <= Date.now();
  const antwoordVan = (deelnemerId: string) => b.antwoorden?.find((a) => a.deelnemerId === deelnemerId)?.antwoord;

  return (
    <>
      <Heading level={1}>Bijeenkomst van {datumTijdNl(b.start)}</Heading>
      <Paragraph>
        Van de koerstafel <AppLink naar={`/tafels/${id}`}>{t.titel}</AppLink>.
      </Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>{BIJEENKOMST_STATUS_NAMEN[b.status] ?? b.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Tot</DataListKey>
          <DataListValue>{datumTijdNl(b.eind)}</DataListValue>
        </DataListItem>
        {b.plaats ? (
          <DataListItem>
            <DataListKey>Plaats</DataListKey>
            <DataListValue>{b.plaats}</DataListValue>
          </DataListItem>
        ) : null}
        {b.onlineLink ? (
          <DataListItem>
            <DataListKey>Online meedoen</DataListKey>
            <DataListValue>
              <a className="nl-link" href={b.onlineLink}>
                Open de link om online mee te doen
              </a>
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      {b.agenda !== undefined ? (
        <>
          <Heading level={2}>Agenda</Heading>
          <Paragraph className="koers-tekst">{b.agenda}</Paragraph>
        </>
      ) : (
        <Paragraph>De plaats, de agenda en wie er komen, ziet alleen wie aan tafel zit.</Paragraph>
      )}

      {b.antwoorden !== undefined ? (
        <section aria-labelledby="wie-komen">
          <Heading level={2} id="wie-komen">
            Wie komen er?
          </Heading>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wie</TableHeaderCell>
                <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {t.deelnemers.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>{deelnemerNaam(d, naamVan)}</TableCell>
                  <TableCell>{ANTWOORD_NAMEN[antwoordVan(d.id) ?? ''] ?? 'Nog geen antwoord'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {b.status === 'gepland'
            ? mijnPlaatsen(gebruiker, t.deelnemers).map((plaats) => (
                <AntwoordFormulier
                  key={plaats.id}
                  voor={plaats.sub === gebruiker?.sub ? 'u' : deelnemerNaam(plaats, naamVan)}
                  huidig={antwoordVan(plaats.id)}
                  verstuur={async (antwoord) => {
                    await roep('tafels', clients.tafels.PUT('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/antwoorden/{deelnemerId}', { params: { path: { id, bijeenkomstId, deelnemerId: plaats.id } }, body: { antwoord } }));
                    naActie();
                  }}
                />
              ))
            : null}
        </section>
      ) : null}

      {behandelaar && b.status === 'gepland' ? (
        <section aria-labelledby="wijzigen">
          <Heading level={2} id="wijzigen">
            Bijeenkomst wijzigen
          </Heading>
          <BijeenkomstFormulier
            bestaand={b}
            verstuur={async (velden) => {
              await roep('tafels', clients.tafels.PATCH('/tafels/{id}/bijeenkomsten/{bijeenkomstId}', { ...pad, body: wijziging(b, velden) }));
              naActie();
            }}
          />
          <Formulier
            titel="Bijeenkomst laten vervallen"
            knop="Bijeenkomst laten vervallen"
            knopSoort="secondary"
            gelukt="De bijeenkomst gaat niet door. De deelnemers krijgen bericht."
            verstuur={async () => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/annulering', pad));
              naActie();
            }}
          >
            {() => <Paragraph>Gaat de bijeenkomst niet door? Dan krijgen de deelnemers daar bericht over.</Paragraph>}
          </Formulier>
        </section>
      ) : null}

      <section aria-labelledby="verslag">
        <Heading level={2} id="verslag">
          Verslag
        </Heading>
        {verslag.status === 'laden' ? <Laden wat="Het verslag" /> : null}
        {verslag.status === 'fout' ? <Foutmelding fout={verslag.fout} opnieuw={verslag.opnieuw} /> : null}
        {verslag.status === 'klaar' && 'geen' in verslag.data ? (
          <>
            <Paragraph>
              {verslag.data.geen === 'geen-toegang'
                ? 'Het verslag is nog een concept. Dat ziet alleen wie aan tafel zit.'
                : b.status === 'geannuleerd'
                  ? 'Deze bijeenkomst ging niet door. Er is geen verslag.'
                  : behandelaar
                    ? begonnen
                      ? 'Er is nog geen verslag. Maak het hieronder.'
                      : 'U maakt het verslag als de bijeenkomst begonnen is.'
                    : 'Er is nog geen verslag. De gemeente maakt het na de bijeenkomst.'}
            </Paragraph>
            {behandelaar && b.status === 'gepland' && begonnen ? (
              <VerslagFormulier
                deelnemers={t.deelnemers.map((d) => ({ id: d.id, naam: deelnemerNaam(d, naamVan) }))}
                verstuur={async (velden) => {
                  await roep('tafels', clients.tafels.POST('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag', { ...pad, body: velden }));
                  naActie();
                }}
              />
            ) : null}
          </>
        ) : null}
        {verslag.status === 'klaar' && !('geen' in verslag.data) ? (
          <VerslagInzien
            verslag={verslag.data}
            namen={Object.fromEntries(t.deelnemers.map((d) => [d.id, deelnemerNaam(d, naamVan)]))}
            behandelaar={behandelaar}
            deelnemer={isDeelnemer(gebruiker, t.deelnemers)}
            pdf={() => roepPdf(clients, { id, bijeenkomstId })}
            reageer={async (tekst) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag/opmerkingen', { ...pad, body: { tekst } }));
              naActie();
            }}
            stelVast={async (vaststelling) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag/vaststelling', { ...pad, body: vaststelling }));
              naActie();
            }}
          />
        ) : null}
      </section>
    </>
  );
}

/** The PATCH body of a move: what the form holds, and `null` for a place or link that was emptied (tafels removes it). */
export function wijziging(huidig: Pick<TafelsSchemas['BijeenkomstResponse'], 'plaats' | 'onlineLink'>, velden: BijeenkomstVelden): TafelsSchemas['BijeenkomstWijzigenDto'] {
  return {
    start: velden.start,
    eind: velden.eind,
    agenda: velden.agenda,
    plaats: velden.plaats ?? (huidig.plaats ? null : undefined),
    onlineLink: velden.onlineLink ?? (huidig.onlineLink ? null : undefined),
  };
}

async function roepPdf(clients: ReturnType<typeof useKoers>['clients'], path: { id: string; bijeenkomstId: string }): Promise<Blob> {
  return roep(
    'tafels',
    clients.tafels.GET('/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag', { params: { path }, parseAs: 'blob', headers: { accept: 'application/pdf' } }) as unknown as Promise<{
      data?: Blob;
      error?: unknown;
      response: Response;
    }>,
  );
}

function VerslagInzien({
  verslag,
  namen,
  behandelaar,
  deelnemer,
  pdf,
  reageer,
  stelVast,
}: {
  verslag: Verslag;
  namen: Record<string, string>;
  behandelaar: boolean;
  deelnemer: boolean;
  pdf: () => Promise<Blob>;
  reageer: (tekst: string) => Promise<unknown>;
  stelVast: (vaststelling: TafelsSchemas['VaststellingDto']) => Promise<unknown>;
}) {
  const concept = verslag.status === 'concept';
  const termijnVoorbij = Date.parse(verslag.reactiesTot) <= Date.now();
  return (
    <>
      <Paragraph>
        <strong>
          {concept
            ? `Dit is een concept. Reageren kan tot ${datumTijdNl(verslag.reactiesTot)}.`
            : `Vastgesteld op ${datumTijdNl(verslag.vastgesteldOp ?? verslag.vastgelegdOp)}.`}
        </strong>
      </Paragraph>
      <PdfKnop pdf={pdf} />
      <Heading level={3}>Wat is het probleem?</Heading>
      <Paragraph className="koers-tekst">{verslag.probleem}</Paragraph>
      <Heading level={3}>Wie moet er meedoen?</Heading>
      <Paragraph className="koers-tekst">{verslag.wieMoetMeedoen}</Paragraph>
      <Heading level={3}>Welke stappen zijn nodig?</Heading>
      <Paragraph className="koers-tekst">{verslag.stappen}</Paragraph>
      <Heading level={3}>Wie waren er?</Heading>
      <Paragraph>{verslag.aanwezigen.map((id) => namen[id] ?? 'iemand die niet meer aan tafel zit').join(', ')}</Paragraph>
      {verslag.opmerkingen !== undefined ? (
        <>
          <Heading level={3}>Reacties</Heading>
          {verslag.opmerkingen.length ? (
            <ul className="koers-lijst">
              {verslag.opmerkingen.map((opmerking) => (
                <li key={opmerking.id}>
                  {opmerking.tekst} <small>({datumTijdNl(opmerking.geplaatstOp)})</small>
                  {opmerking.verwerking ? (
                    <>
                      <br />
                      {opmerking.verwerking === 'verwerkt' ? 'Aangepast in het verslag' : 'Niet aangepast'}: {opmerking.toelichting}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>Er zijn nog geen reacties.</Paragraph>
          )}
        </>
      ) : null}
      {concept && deelnemer && !termijnVoorbij ? <OpmerkingFormulier verstuur={reageer} /> : null}
      {concept && behandelaar ? <VaststellingFormulier opmerkingen={verslag.opmerkingen ?? []} termijnVoorbij={termijnVoorbij} verstuur={stelVast} /> : null}
    </>
  );
}

/** Downloads the minutes as a PDF: fetched with the person's token, then handed to the browser as a file. */
function PdfKnop({ pdf }: { pdf: () => Promise<Blob> }) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<KoersFout | undefined>();
  return (
    <Paragraph>
      <Button
        purpose="secondary"
        busy={bezig}
        onClick={async () => {
          if (bezig) return;
          setBezig(true);
          setFout(undefined);
          try {
            const url = URL.createObjectURL(await pdf());
            const link = document.createElement('a');
            link.href = url;
            link.download = 'verslag.pdf';
            link.click();
            setTimeout(() => URL.revokeObjectURL(url), 10000);
          } catch (error) {
            setFout(error instanceof KoersFoutError ? error.fout : { soort: 'onbekend', status: 0, detail: String(error) });
          } finally {
            setBezig(false);
          }
        }}
      >
        Download het verslag (pdf)
      </Button>
      {fout ? (
        <span role="alert" className="koers-fouttekst">
          {' '}
          {tekstVan(fout)}
        </span>
      ) : null}
    </Paragraph>
  );
}
