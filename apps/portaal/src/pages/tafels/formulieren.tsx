import { useId, useState } from 'react';
import { Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TafelsSchemas } from '@koers/clients';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useActie } from '../../api/actie';
import { fouten, Formulier, Formulierfout, KeuzeVeld, maxLengte, TekstVeld, TekstvakVeld, veldfout, verplicht } from '../../layout/formulier';
import { Paginering } from '../../layout/paginering';
import { AFSPRAAK_SOORT_NAMEN, deelnemerNaam, deelnemerOrganisatie, lokaleTijd, ROL_AAN_TAFEL } from '../teksten';

type Bijeenkomst = TafelsSchemas['BijeenkomstResponse'];
type Afspraak = TafelsSchemas['AfspraakResponse'];
type Opmerking = TafelsSchemas['OpmerkingResponse'];
type KandidatenPagina = TafelsSchemas['KandidatenPagina'];
export type BijeenkomstVelden = TafelsSchemas['BijeenkomstPlannenDto'];
export type AfspraakVelden = TafelsSchemas['AfspraakOpstellenDto'];
export type Vaststelling = TafelsSchemas['VaststellingDto'];

export function ProbleemstellingFormulier({ huidig, verstuur }: { huidig: string; verstuur: (probleemstelling: string) => Promise<unknown> }) {
  const [tekst, setTekst] = useState(huidig);
  return (
    <Formulier
      titel="Probleemstelling aanpassen"
      knop="Probleemstelling opslaan"
      controleer={() => fouten({ probleemstelling: verplicht(tekst, 'de probleemstelling') ?? maxLengte(tekst, 5000) })}
      verstuur={() => verstuur(tekst.trim())}
    >
      {(f) => <TekstvakVeld naam="probleemstelling" label="Wat is het probleem?" uitleg="Schrijf het zo dat iedereen aan tafel het begrijpt. Zet er geen namen van kinderen of ouders in." waarde={tekst} wijzig={setTekst} fout={f.probleemstelling} verplicht />}
    </Formulier>
  );
}

const KANDIDATEN_PER_PAGINA = 10;

/**
 * The behandelaar seats someone of the region by searching their name or organisation (tafels
 * answers who may sit at a table, those already seated marked); a client representative is listed
 * by their organisation, without name, as at the table.
 */
export function DeelnemerFormulier({
  zoek,
  zetAanTafel,
  organisatieNaam,
}: {
  zoek: (vraag: { zoek: string; pagina: number; paginaGrootte: number }) => Promise<KandidatenPagina>;
  zetAanTafel: (sub: string) => Promise<unknown>;
  organisatieNaam: (code: string) => string;
}) {
  const id = useId();
  const [invoer, setInvoer] = useState('');
  const [controle, setControle] = useState<string | undefined>();
  const [vraag, setVraag] = useState<{ zoek: string; pagina: number } | undefined>();
  const [resultaat, setResultaat] = useState<KandidatenPagina | undefined>();
  const [gezet, setGezet] = useState<string | undefined>();
  const zoeken = useActie();
  const zetten = useActie();

  const haal = async (nieuw: { zoek: string; pagina: number }) => {
    const pagina = await zoeken.voer(() => zoek({ ...nieuw, paginaGrootte: KANDIDATEN_PER_PAGINA }));
    if (pagina) {
      setVraag(nieuw);
      setResultaat(pagina);
    }
  };

  const fout = controle ?? veldfout(zoeken.fout, 'zoek');
  return (
    <section className="koers-formulier" aria-labelledby={`${id}-titel`}>
      <Heading level={3} id={`${id}-titel`}>
        Iemand uit de regio aan tafel zetten
      </Heading>
      <form
        role="search"
        aria-label="Iemand zoeken om aan tafel te zetten"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const te = maxLengte(invoer.trim(), 100);
          setControle(te);
          setGezet(undefined);
          zetten.herstel();
          if (!te) void haal({ zoek: invoer.trim(), pagina: 1 });
        }}
      >
        <TekstVeld
          naam="zoek"
          label="Zoek op naam"
          uitleg="Typ de naam of een deel ervan. U kunt ook zoeken op organisatie, bijvoorbeeld zorggroep. Laat het veld leeg om iedereen te zien."
          waarde={invoer}
          wijzig={setInvoer}
          fout={fout}
          filter
        />
        <Formulierfout fout={zoeken.fout} velden={['zoek']} />
        <Button type="submit" purpose="secondary" busy={zoeken.bezig}>
          {zoeken.bezig ? 'Bezig…' : 'Zoeken'}
        </Button>
      </form>
      {resultaat && vraag && !resultaat.items.length ? (
        <Paragraph role="status">
          {vraag.zoek
            ? `Niemand gevonden met "${vraag.zoek}". Kijk of de naam goed is geschreven, of zoek op een deel van de naam of op de organisatie.`
            : 'Er is niemand in uw regio die u aan tafel kunt zetten.'}{' '}
          Staat iemand er niet in? Vraag de beheerder van uw regio om die persoon een rol in Koers te geven.
        </Paragraph>
      ) : null}
      {resultaat && vraag && resultaat.items.length ? (
        <>
          <Paragraph role="status">{resultaat.totaal === 1 ? 'Eén persoon gevonden.' : `${resultaat.totaal} personen gevonden.`}</Paragraph>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wie</TableHeaderCell>
                <TableHeaderCell scope="col">Rol</TableHeaderCell>
                <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                <TableHeaderCell scope="col">Aan tafel</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {resultaat.items.map((k) => (
                <TableRow key={k.sub}>
                  <TableCell id={`${id}-${k.sub}`}>{deelnemerNaam(k, organisatieNaam)}</TableCell>
                  <TableCell>{ROL_AAN_TAFEL[k.rol] ?? k.rol}</TableCell>
                  <TableCell>{deelnemerOrganisatie(k, organisatieNaam)}</TableCell>
                  <TableCell>
                    {k.aanTafel ? (
                      'Zit al aan tafel'
                    ) : (
                      <Button
                        type="button"
                        purpose="secondary"
                        aria-describedby={`${id}-${k.sub}`}
                        disabled={zetten.bezig}
                        onClick={async () => {
                          setGezet(undefined);
                          const klaar = await zetten.voer(async () => (await zetAanTafel(k.sub), true));
                          if (!klaar) return;
                          setGezet(deelnemerNaam(k, organisatieNaam));
                          await haal(vraag);
                        }}
                      >
                        Aan tafel zetten
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {resultaat.totaal > resultaat.paginaGrootte ? (
            <Paginering pagina={vraag.pagina} totaal={resultaat.totaal} grootte={resultaat.paginaGrootte} naar={(pagina) => void haal({ zoek: vraag.zoek, pagina })} />
          ) : null}
        </>
      ) : null}
      <Formulierfout fout={zetten.fout} velden={[]} />
      {gezet ? <Paragraph role="status">{gezet} zit nu aan tafel.</Paragraph> : null}
    </section>
  );
}

export function GastFormulier({ verstuur }: { verstuur: (alias: string) => Promise<unknown> }) {
  const [alias, setAlias] = useState('');
  return (
    <Formulier
      titel="Een ouder of jongere als gast aanmelden"
      knop="Gast aanmelden"
      gelukt="De gast is aangemeld."
      controleer={() => fouten({ alias: verplicht(alias, 'een schuilnaam') ?? maxLengte(alias, 40) })}
      verstuur={async () => {
        await verstuur(alias.trim());
        setAlias('');
      }}
    >
      {(f) => <TekstVeld naam="alias" label="Schuilnaam" uitleg="Kies samen met de gast een naam. Gebruik niet de echte naam. Bijvoorbeeld: Ouder A." waarde={alias} wijzig={setAlias} fout={f.alias} verplicht />}
    </Formulier>
  );
}

/** Plans a meeting, or moves one (`bestaand`): times on the Dutch clock, a place or a link, the agenda. */
export function BijeenkomstFormulier({ bestaand, verstuur }: { bestaand?: Bijeenkomst; verstuur: (velden: BijeenkomstVelden) => Promise<unknown> }) {
  const [start, setStart] = useState(bestaand ? lokaleTijd(bestaand.start) : '');
  const [eind, setEind] = useState(bestaand ? lokaleTijd(bestaand.eind) : '');
  const [plaats, setPlaats] = useState(bestaand?.plaats ?? '');
  const [onlineLink, setOnlineLink] = useState(bestaand?.onlineLink ?? '');
  const [agenda, setAgenda] = useState(bestaand?.agenda ?? '');
  const controleer = () =>
    fouten({
      start: verplicht(start, 'de begintijd'),
      eind: verplicht(eind, 'de eindtijd') ?? (start && eind <= start ? 'De eindtijd moet na de begintijd liggen.' : undefined),
      plaats: !plaats.trim() && !onlineLink.trim() ? 'Vul een plaats of een link in (of allebei).' : maxLengte(plaats, 300),
      onlineLink: onlineLink.trim() && !/^https:\/\/\S+$/.test(onlineLink.trim()) ? 'Een link begint met https://.' : undefined,
      agenda: verplicht(agenda, 'de agenda') ?? maxLengte(agenda, 10000),
    });
  return (
    <Formulier
      titel={bestaand ? 'Bijeenkomst verplaatsen of aanpassen' : 'Bijeenkomst plannen'}
      knop={bestaand ? 'Wijziging opslaan' : 'Bijeenkomst plannen'}
      gelukt={bestaand ? 'De bijeenkomst is aangepast. De deelnemers krijgen een nieuwe uitnodiging.' : 'De bijeenkomst is gepland. De deelnemers krijgen een uitnodiging.'}
      controleer={controleer}
      verstuur={async () => {
        await verstuur({ start, eind, agenda: agenda.trim(), ...(plaats.trim() ? { plaats: plaats.trim() } : {}), ...(onlineLink.trim() ? { onlineLink: onlineLink.trim() } : {}) });
        if (!bestaand) for (const leeg of [setStart, setEind, setPlaats, setOnlineLink, setAgenda]) leeg('');
      }}
    >
      {(f) => (
        <>
          <TekstVeld naam="start" type="datetime-local" label="Begint op" uitleg="Datum en tijd in Nederland." waarde={start} wijzig={setStart} fout={f.start} verplicht />
          <TekstVeld naam="eind" type="datetime-local" label="Eindigt op" waarde={eind} wijzig={setEind} fout={f.eind} verplicht />
          <TekstVeld naam="plaats" label="Plaats" uitleg="Het gebouw en de zaal. Vul een plaats of een link in." waarde={plaats} wijzig={setPlaats} fout={f.plaats} />
          <TekstVeld naam="onlineLink" type="url" label="Link om online mee te doen" waarde={onlineLink} wijzig={setOnlineLink} fout={f.onlineLink} />
          <TekstvakVeld naam="agenda" label="Agenda" uitleg="Wat bespreken we? Zet er geen namen van kinderen of ouders in." waarde={agenda} wijzig={setAgenda} fout={f.agenda} verplicht />
        </>
      )}
    </Formulier>
  );
}

export function VerslagFormulier({
  deelnemers,
  verstuur,
}: {
  deelnemers: Array<{ id: string; naam: string }>;
  verstuur: (verslag: TafelsSchemas['VerslagVastleggenDto']) => Promise<unknown>;
}) {
  const [probleem, setProbleem] = useState('');
  const [wieMoetMeedoen, setWie] = useState('');
  const [stappen, setStappen] = useState('');
  const [aanwezigen, setAanwezigen] = useState<string[]>([]);
  return (
    <Formulier
      titel="Verslag maken"
      knop="Verslag versturen als concept"
      gelukt="Het verslag is verstuurd. De deelnemers kunnen nu reageren."
      controleer={() =>
        fouten({
          probleem: verplicht(probleem, 'wat het probleem is') ?? maxLengte(probleem, 10000),
          wieMoetMeedoen: verplicht(wieMoetMeedoen, 'wie er mee moet doen') ?? maxLengte(wieMoetMeedoen, 5000),
          stappen: verplicht(stappen, 'de stappen') ?? maxLengte(stappen, 10000),
          aanwezigen: aanwezigen.length ? undefined : 'Kies wie er waren.',
        })
      }
      verstuur={() => verstuur({ probleem: probleem.trim(), wieMoetMeedoen: wieMoetMeedoen.trim(), stappen: stappen.trim(), aanwezigen })}
    >
      {(f) => (
        <>
          <TekstvakVeld naam="probleem" label="Wat is het probleem?" waarde={probleem} wijzig={setProbleem} fout={f.probleem} verplicht />
          <TekstvakVeld naam="wieMoetMeedoen" label="Wie moet er meedoen?" waarde={wieMoetMeedoen} wijzig={setWie} fout={f.wieMoetMeedoen} verplicht />
          <TekstvakVeld naam="stappen" label="Welke stappen zijn nodig?" waarde={stappen} wijzig={setStappen} fout={f.stappen} verplicht />
          <Fieldset invalid={Boolean(f.aanwezigen)}>
            <FieldsetLegend>Wie waren er?</FieldsetLegend>
            {f.aanwezigen ? <FormFieldErrorMessage>{f.aanwezigen}</FormFieldErrorMessage> : null}
            {deelnemers.map((deelnemer) => (
              <div className="koers-keuze" key={deelnemer.id}>
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  id={`aanwezig-${deelnemer.id}`}
                  checked={aanwezigen.includes(deelnemer.id)}
                  onChange={(event) => setAanwezigen((nu) => (event.target.checked ? [...nu, deelnemer.id] : nu.filter((id) => id !== deelnemer.id)))}
                />
                <label htmlFor={`aanwezig-${deelnemer.id}`}>{deelnemer.naam}</label>
              </div>
            ))}
          </Fieldset>
        </>
      )}
    </Formulier>
  );
}

export function OpmerkingFormulier({ verstuur }: { verstuur: (tekst: string) => Promise<unknown> }) {
  const [tekst, setTekst] = useState('');
  return (
    <Formulier
      titel="Reageren op het verslag"
      knop="Reactie versturen"
      gelukt="Uw reactie is verstuurd."
      controleer={() => fouten({ tekst: verplicht(tekst, 'uw reactie') ?? maxLengte(tekst, 2000) })}
      verstuur={async () => {
        await verstuur(tekst.trim());
        setTekst('');
      }}
    >
      {(f) => <TekstvakVeld naam="tekst" label="Uw reactie" uitleg="Wat klopt er niet, of wat mist er? Zet er geen namen van kinderen of ouders in." waarde={tekst} wijzig={setTekst} fout={f.tekst} verplicht />}
    </Formulier>
  );
}

/** Adopts the minutes: every remark gets what was done with it and why. */
export function VaststellingFormulier({ opmerkingen, termijnVoorbij, verstuur }: { opmerkingen: Opmerking[]; termijnVoorbij: boolean; verstuur: (vaststelling: Vaststelling) => Promise<unknown> }) {
  const [antwoorden, setAntwoorden] = useState<Record<string, { verwerking: string; toelichting: string }>>({});
  const zet = (id: string, deel: Partial<{ verwerking: string; toelichting: string }>) =>
    setAntwoorden((nu) => ({ ...nu, [id]: Object.assign({ verwerking: '', toelichting: '' }, nu[id], deel) }));
  return (
    <Formulier
      titel="Verslag vaststellen"
      knop="Verslag vaststellen"
      gelukt="Het verslag is vastgesteld."
      uitgeschakeld={termijnVoorbij ? undefined : 'Dit kan pas als de tijd om te reageren voorbij is.'}
      controleer={() =>
        fouten(
          Object.fromEntries(
            opmerkingen.flatMap((opmerking) => [
              [`verwerking-${opmerking.id}`, antwoorden[opmerking.id]?.verwerking ? undefined : 'Kies wat u met deze reactie deed.'],
              [`toelichting-${opmerking.id}`, verplicht(antwoorden[opmerking.id]?.toelichting ?? '', 'een toelichting')],
            ]),
          ),
        )
      }
      verstuur={() =>
        verstuur({
          antwoorden: opmerkingen.map((opmerking) => ({
            opmerkingId: opmerking.id,
            verwerking: antwoorden[opmerking.id].verwerking as 'verwerkt' | 'niet_verwerkt',
            toelichting: antwoorden[opmerking.id].toelichting.trim(),
          })),
        })
      }
    >
      {(f) => (
        <>
          {opmerkingen.length ? null : <Paragraph>Niemand heeft gereageerd. U kunt het verslag zo vaststellen.</Paragraph>}
          {opmerkingen.map((opmerking, index) => (
            <Fieldset key={opmerking.id}>
              <FieldsetLegend>
                Reactie {index + 1}: {opmerking.tekst}
              </FieldsetLegend>
              <KeuzeVeld
                naam={`verwerking-${opmerking.id}`}
                label="Wat deed u ermee?"
                waarde={antwoorden[opmerking.id]?.verwerking ?? ''}
                wijzig={(verwerking) => zet(opmerking.id, { verwerking })}
                fout={f[`verwerking-${opmerking.id}`]}
                verplicht
                opties={[
                  { waarde: '', tekst: 'Kies…' },
                  { waarde: 'verwerkt', tekst: 'Aangepast in het verslag' },
                  { waarde: 'niet_verwerkt', tekst: 'Niet aangepast' },
                ]}
              />
              <TekstvakVeld
                naam={`toelichting-${opmerking.id}`}
                label="Toelichting"
                waarde={antwoorden[opmerking.id]?.toelichting ?? ''}
                wijzig={(toelichting) => zet(opmerking.id, { toelichting })}
                fout={f[`toelichting-${opmerking.id}`]}
                verplicht
              />
            </Fieldset>
          ))}
        </>
      )}
    </Formulier>
  );
}

/**
 * Drafts an agreement, or amends one (`bestaand`). The owner is an organisation at the table, the
 * meeting a held one; an outcome criterion defines the indicator to steer on.
 */
export function AfspraakFormulier({
  bestaand,
  eigenaren,
  gemeenten,
  bijeenkomsten,
  verstuur,
}: {
  bestaand?: Afspraak;
  eigenaren: Array<{ waarde: string; tekst: string }>;
  gemeenten: Array<{ waarde: string; tekst: string }>;
  bijeenkomsten: Array<{ waarde: string; tekst: string }>;
  verstuur: (velden: AfspraakVelden) => Promise<unknown>;
}) {
  const [soort, setSoort] = useState<string>(bestaand?.soort ?? 'werkafspraak');
  const [omschrijving, setOmschrijving] = useState(bestaand?.omschrijving ?? '');
  const [eigenaar, setEigenaar] = useState(bestaand?.eigenaar ?? '');
  const [deadline, setDeadline] = useState(bestaand?.deadline ?? '');
  const [rechtsgrond, setRechtsgrond] = useState(bestaand?.rechtsgrond ?? '');
  const [gemeente, setGemeente] = useState(bestaand ? (bestaand.voorDeHeleRegio ? 'regio' : (bestaand.gemeenten[0] ?? '')) : '');
  // Not chosen yet: the first held meeting, also when the meetings load after the form appeared.
  const [gekozenBijeenkomst, setBijeenkomstId] = useState(bestaand?.bijeenkomstId ?? '');
  const bijeenkomstId = gekozenBijeenkomst || (bijeenkomsten[0]?.waarde ?? '');
  const oc = bestaand?.outcomecriterium;
  const [code, setCode] = useState(oc?.code ?? '');
  const [naam, setNaam] = useState(oc?.naam ?? '');
  const [definitie, setDefinitie] = useState(oc?.definitie ?? '');
  const [eenheid, setEenheid] = useState(oc?.eenheid ?? '');
  const [richting, setRichting] = useState<string>(oc?.richting ?? 'hoger_is_beter');
  const [doelwaarde, setDoelwaarde] = useState(oc ? String(oc.doelwaarde) : '');
  const outcome = soort === 'outcomecriterium';

  const controleer = () =>
    fouten({
      omschrijving: verplicht(omschrijving, 'wat u afspreekt') ?? maxLengte(omschrijving, 2000),
      eigenaar: verplicht(eigenaar, 'wie het doet'),
      deadline: verplicht(deadline, 'de datum waarop het klaar is'),
      rechtsgrond: verplicht(rechtsgrond, 'de regel of wet waarop de afspraak steunt'),
      gemeente: verplicht(gemeente, 'voor welke gemeente de afspraak is'),
      bijeenkomstId: verplicht(bijeenkomstId, 'de bijeenkomst waar u het afsprak'),
      ...(outcome
        ? {
            'outcomecriterium.code': verplicht(code, 'een code') ?? (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) ? undefined : 'Een code bestaat uit kleine letters, cijfers en streepjes.'),
            'outcomecriterium.naam': verplicht(naam, 'een naam'),
            'outcomecriterium.definitie': verplicht(definitie, 'wat u meet'),
            'outcomecriterium.eenheid': verplicht(eenheid, 'de eenheid'),
            'outcomecriterium.doelwaarde': verplicht(doelwaarde, 'het doel') ?? (Number.isFinite(Number(doelwaarde)) ? undefined : 'Vul een getal in.'),
          }
        : {}),
    });

  return (
    <Formulier
      titel={bestaand ? 'Afspraak aanpassen' : 'Nieuwe afspraak'}
      knop={bestaand ? 'Wijziging opslaan' : 'Afspraak opslaan'}
      gelukt={bestaand ? 'De afspraak is aangepast. Een jurist kijkt er opnieuw naar.' : 'De afspraak is opgeslagen. Een jurist kijkt er nu naar.'}
      controleer={controleer}
      verstuur={() =>
        verstuur({
          soort: soort as AfspraakVelden['soort'],
          omschrijving: omschrijving.trim(),
          eigenaar,
          deadline,
          rechtsgrond: rechtsgrond.trim(),
          bijeenkomstId,
          ...(gemeente === 'regio' ? { voorDeHeleRegio: true } : { gemeente }),
          ...(outcome ? { outcomecriterium: { code, naam: naam.trim(), definitie: definitie.trim(), eenheid: eenheid.trim(), richting: richting as 'hoger_is_beter', doelwaarde: Number(doelwaarde) } } : {}),
        })
      }
    >
      {(f) => (
        <>
          <KeuzeVeld naam="soort" label="Soort afspraak" waarde={soort} wijzig={setSoort} fout={f.soort} verplicht opties={Object.entries(AFSPRAAK_SOORT_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))} />
          <TekstvakVeld naam="omschrijving" label="Wat spreken we af?" uitleg="Zet er geen namen van kinderen of ouders in." waarde={omschrijving} wijzig={setOmschrijving} fout={f.omschrijving} verplicht />
          <KeuzeVeld naam="eigenaar" label="Wie doet het?" uitleg="Een organisatie die aan tafel zit." waarde={eigenaar} wijzig={setEigenaar} fout={f.eigenaar} verplicht opties={[{ waarde: '', tekst: 'Kies…' }, ...eigenaren]} />
          <TekstVeld naam="deadline" type="date" label="Klaar op" waarde={deadline} wijzig={setDeadline} fout={f.deadline} verplicht />
          <TekstVeld naam="rechtsgrond" label="Regel of wet" uitleg="Bijvoorbeeld: Jeugdwet art. 2.3." waarde={rechtsgrond} wijzig={setRechtsgrond} fout={f.rechtsgrond} verplicht />
          <KeuzeVeld
            naam="gemeente"
            label="Voor welke gemeente?"
            waarde={gemeente}
            wijzig={setGemeente}
            fout={f.gemeente ?? f.voorDeHeleRegio}
            verplicht
            opties={[{ waarde: '', tekst: 'Kies…' }, ...gemeenten, { waarde: 'regio', tekst: 'Alle gemeenten van de regio' }]}
          />
          <KeuzeVeld naam="bijeenkomstId" label="Afgesproken in de bijeenkomst van" waarde={bijeenkomstId} wijzig={setBijeenkomstId} fout={f.bijeenkomstId} verplicht opties={[{ waarde: '', tekst: 'Kies…' }, ...bijeenkomsten]} />
          {outcome ? (
            <Fieldset>
              <FieldsetLegend>Het doel om op te sturen</FieldsetLegend>
              <TekstVeld naam="outcomecriterium.code" label="Code" uitleg="Kleine letters en streepjes, bijvoorbeeld doelrealisatie-ambulant." waarde={code} wijzig={setCode} fout={f['outcomecriterium.code']} verplicht />
              <TekstVeld naam="outcomecriterium.naam" label="Naam" waarde={naam} wijzig={setNaam} fout={f['outcomecriterium.naam']} verplicht />
              <TekstvakVeld naam="outcomecriterium.definitie" label="Wat meten we?" waarde={definitie} wijzig={setDefinitie} fout={f['outcomecriterium.definitie']} verplicht />
              <TekstVeld naam="outcomecriterium.eenheid" label="Eenheid" uitleg="Bijvoorbeeld: procent." waarde={eenheid} wijzig={setEenheid} fout={f['outcomecriterium.eenheid']} verplicht />
              <KeuzeVeld
                naam="outcomecriterium.richting"
                label="Wat is goed?"
                waarde={richting}
                wijzig={setRichting}
                fout={f['outcomecriterium.richting']}
                verplicht
                opties={[
                  { waarde: 'hoger_is_beter', tekst: 'Hoger is beter' },
                  { waarde: 'lager_is_beter', tekst: 'Lager is beter' },
                  { waarde: 'neutraal', tekst: 'Geen van beide' },
                ]}
              />
              <TekstVeld naam="outcomecriterium.doelwaarde" type="number" label="Doel" waarde={doelwaarde} wijzig={setDoelwaarde} fout={f['outcomecriterium.doelwaarde']} verplicht />
            </Fieldset>
          ) : null}
        </>
      )}
    </Formulier>
  );
}

/** A jurist's verdict: akkoord with a motivation if they give one, or bezwaar with the reason (required). */
export function ToetsingFormulier({ verstuur, titel = 'Uw oordeel als jurist' }: { verstuur: (toetsing: TafelsSchemas['ToetsingDto']) => Promise<unknown>; titel?: string }) {
  const [oordeel, setOordeel] = useState<'akkoord' | 'bezwaar' | ''>('');
  const [reden, setReden] = useState('');
  return (
    <Formulier
      titel={titel}
      knop="Oordeel versturen"
      gelukt="Uw oordeel is opgeslagen."
      controleer={() =>
        fouten({
          oordeel: oordeel ? undefined : 'Kies akkoord of bezwaar.',
          reden: oordeel === 'bezwaar' ? (verplicht(reden, 'waarom u bezwaar hebt') ?? maxLengte(reden, 2000)) : maxLengte(reden, 2000),
        })
      }
      verstuur={() => verstuur(oordeel === 'bezwaar' || reden.trim() ? { oordeel: oordeel as 'akkoord' | 'bezwaar', reden: reden.trim() } : { oordeel: 'akkoord' })}
    >
      {(f) => (
        <>
          <Keuzes
            naam="oordeel"
            legend="Oordeel"
            waarde={oordeel}
            wijzig={(w) => setOordeel(w as 'akkoord' | 'bezwaar')}
            fout={f.oordeel}
            opties={[
              { waarde: 'akkoord', tekst: 'Akkoord' },
              { waarde: 'bezwaar', tekst: 'Bezwaar' },
            ]}
          />
          {oordeel === 'bezwaar' ? <TekstvakVeld naam="reden" label="Waarom hebt u bezwaar?" waarde={reden} wijzig={setReden} fout={f.reden} verplicht /> : null}
          {oordeel === 'akkoord' ? <TekstvakVeld naam="reden" label="Waarom bent u akkoord?" uitleg="Bijvoorbeeld welke regel of wet u bekeek." waarde={reden} wijzig={setReden} fout={f.reden} /> : null}
        </>
      )}
    </Formulier>
  );
}

/** The owner's progress: lopend, uitgevoerd, or gestopt with the reason. */
export function VoortgangFormulier({ verstuur }: { verstuur: (voortgang: TafelsSchemas['VoortgangDto']) => Promise<unknown> }) {
  const [voortgang, setVoortgang] = useState<'lopend' | 'uitgevoerd' | 'gestopt' | ''>('');
  const [reden, setReden] = useState('');
  return (
    <Formulier
      titel="Hoe staat het ervoor?"
      knop="Voortgang doorgeven"
      gelukt="Uw voortgang is opgeslagen."
      controleer={() =>
        fouten({
          voortgang: voortgang ? undefined : 'Kies hoe het ervoor staat.',
          reden: voortgang === 'gestopt' ? (verplicht(reden, 'waarom u stopt') ?? maxLengte(reden, 2000)) : undefined,
        })
      }
      verstuur={() => verstuur(voortgang === 'gestopt' ? { voortgang, reden: reden.trim() } : { voortgang: voortgang as 'lopend' | 'uitgevoerd' })}
    >
      {(f) => (
        <>
          <Keuzes
            naam="voortgang"
            legend="Voortgang"
            waarde={voortgang}
            wijzig={(w) => setVoortgang(w as 'lopend')}
            fout={f.voortgang}
            opties={[
              { waarde: 'lopend', tekst: 'We zijn bezig' },
              { waarde: 'uitgevoerd', tekst: 'Het is klaar' },
              { waarde: 'gestopt', tekst: 'We zijn gestopt' },
            ]}
          />
          {voortgang === 'gestopt' ? <TekstvakVeld naam="reden" label="Waarom bent u gestopt?" waarde={reden} wijzig={setReden} fout={f.reden} verplicht /> : null}
        </>
      )}
    </Formulier>
  );
}

/** A participant's answer to the invitation, for themselves or for a guest they brought. */
export function AntwoordFormulier({ voor, huidig, verstuur }: { voor: string; huidig?: 'aanwezig' | 'afwezig'; verstuur: (antwoord: 'aanwezig' | 'afwezig') => Promise<unknown> }) {
  const [antwoord, setAntwoord] = useState<string>(huidig ?? '');
  return (
    <Formulier
      titel={`Komt ${voor}?`}
      knop="Antwoord versturen"
      gelukt="Uw antwoord is opgeslagen."
      kopNiveau={3}
      controleer={() => fouten({ antwoord: antwoord ? undefined : 'Kies of u komt.' })}
      verstuur={() => verstuur(antwoord as 'aanwezig' | 'afwezig')}
    >
      {(f) => (
        <Keuzes
          naam="antwoord"
          legend="Antwoord"
          waarde={antwoord}
          wijzig={setAntwoord}
          fout={f.antwoord}
          opties={[
            { waarde: 'aanwezig', tekst: 'Ja, ik kom' },
            { waarde: 'afwezig', tekst: 'Nee, ik kom niet' },
          ]}
        />
      )}
    </Formulier>
  );
}

function Keuzes({ naam, legend, waarde, wijzig, fout, opties }: { naam: string; legend: string; waarde: string; wijzig: (w: string) => void; fout?: string; opties: Array<{ waarde: string; tekst: string }> }) {
  const id = `${naam}${useId()}`;
  return (
    <Fieldset invalid={Boolean(fout)} aria-describedby={fout ? `${id}-fout` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
      {opties.map((optie) => (
        <div className="koers-keuze" key={optie.waarde}>
          <input
            type="radio"
            className="utrecht-radio-button utrecht-radio-button--html-input"
            id={`${id}-${optie.waarde}`}
            name={id}
            value={optie.waarde}
            checked={waarde === optie.waarde}
            onChange={() => wijzig(optie.waarde)}
          />
          <label htmlFor={`${id}-${optie.waarde}`}>{optie.tekst}</label>
        </div>
      ))}
    </Fieldset>
  );
}
