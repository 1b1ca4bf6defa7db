import { useId, useState } from 'react';
import { Checkbox, DataList, DataListItem, DataListKey, DataListValue, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { SignalenSchemas } from '@koers/clients';
import { Actie, nieuweSleutel, useActie } from '../api/actie';
import { roep } from '../api/api';
import { KoersFout } from '../api/fout';
import { useLaden } from '../api/laden';
import { Gebruiker, heeftRol } from '../auth/gebruiker';
import { gemeenteNaam, organisatieNaam, regioNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { Formulier, Formulierfout, KeuzeVeld, TekstvakVeld, TekstVeld, veldfout } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { BRON_NAMEN, datum, datumTijd, DOSSIER_NAMEN, KADER_NAMEN, PARTIJ_SOORTEN, PERSPECTIEF_NAMEN, STATUS_NAMEN, termijnTekst, UITKOMST_NAMEN } from './teksten';

type SignaalDetail = SignalenSchemas['SignaalDetailResponse'];
type Dossierstuk = SignalenSchemas['DossierstukResponse'];
type Organisatie = SignalenSchemas['ConsensuspartijResponse'];
export type DossierstukNieuw = SignalenSchemas['DossierstukToevoegenDto'];


/**
 * What this person may do with the signal now, by the rules of apps/signalen/README.md (life cycle):
 * the screen only hides what cannot work; the API decides and its refusal is shown.
 */
export function magNu(s: Pick<SignaalDetail, 'status' | 'gemeenten' | 'behandelaar'>, gebruiker: Gebruiker | undefined) {
  const gemeenteVanSignaal = Boolean(gebruiker && heeftRol(gebruiker, ['gemeente']) && gebruiker.gemeente && s.gemeenten.includes(gebruiker.gemeente));
  const behandelaar = Boolean(gebruiker?.sub && s.behandelaar === gebruiker.sub);
  const ingediend = s.status === 'ingediend' && gemeenteVanSignaal;
  const voorbereiden = s.status === 'in_voorbereiding' && behandelaar;
  return { oppakken: ingediend, afwijzenOfSamenvoegen: ingediend || voorbereiden, voorbereiden };
}

export function Signaal() {
  const { id = '' } = useParams();
  const { clients, config, gebruiker, regio } = useKoers();
  const location = useLocation();
  const navigeer = useNavigate();
  const [melding, setMelding] = useState<string | undefined>((location.state as { melding?: string } | null)?.melding);
  const signaal = useLaden(() => roep('signalen', clients.signalen.GET('/signalen/{id}', { params: { path: { id } } })), [id, clients]);
  if (signaal.status === 'laden') return <Laden wat="Het signaal" />;
  if (signaal.status === 'fout') return <Foutmelding titel="Signaal" fout={signaal.fout} opnieuw={signaal.opnieuw} />;
  const s = signaal.data;
  const mag = magNu(s, gebruiker);
  const gedaan = (tekst: string) => {
    setMelding(tekst);
    signaal.opnieuw();
  };
  return (
    <>
      <Heading level={1}>{s.titel}</Heading>
      {melding ? (
        <Paragraph role="status" className="koers-gelukt">
          {melding}
        </Paragraph>
      ) : (
        <div role="status" />
      )}
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>{STATUS_NAMEN[s.status] ?? s.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Regio</DataListKey>
          <DataListValue>{regioNaam(config, s.regio)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gemeenten</DataListKey>
          <DataListValue>{s.gemeenten.map((code) => gemeenteNaam(config, code)).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Bron</DataListKey>
          <DataListValue>{BRON_NAMEN[s.bron] ?? s.bron}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ingediend op</DataListKey>
          <DataListValue>{datum(s.ingediendOp)}</DataListValue>
        </DataListItem>
        {s.behandelaarGemeente ? (
          <DataListItem>
            <DataListKey>In behandeling bij</DataListKey>
            <DataListValue>Gemeente {gemeenteNaam(config, s.behandelaarGemeente)}</DataListValue>
          </DataListItem>
        ) : null}
        {s.samengevoegdMet ? (
          <DataListItem>
            <DataListKey>Samengevoegd met</DataListKey>
            <DataListValue>
              <AppLink naar={`/signalen/${s.samengevoegdMet}`}>het signaal waarin dit signaal verder gaat</AppLink>
            </DataListValue>
          </DataListItem>
        ) : null}
        {s.termijnen.map((termijn) => (
          <DataListItem key={`${termijn.soort}-${termijn.consensusrondeId ?? ''}`}>
            <DataListKey>{termijn.soort === 'opnemen' ? 'Oppakken vóór' : 'Antwoorden vóór'}</DataListKey>
            <DataListValue>
              <span className={termijn.verstreken ? 'koers-te-laat' : undefined}>{termijnTekst(termijn.uiterlijk, termijn.verstreken)}</span>
            </DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {s.status === 'consensus_bereikt' && gebruiker && heeftRol(gebruiker, ['gemeente']) ? (
        <Formulier
          titel="Koerstafel starten"
          kopNiveau={2}
          knop="Start een koerstafel"
          gelukt="De koerstafel is gestart."
          verstuur={async () => {
            const tafel = await roep('tafels', clients.tafels.POST('/tafels', { body: { signaalId: s.id, ...(regio ? { regio } : {}) } }));
            navigeer(`/tafels/${tafel.id}`);
          }}
        >
          {() => <Paragraph>Iedereen is het eens over dit signaal. Bent u de behandelaar? Start dan een koerstafel om samen een oplossing te zoeken.</Paragraph>}
        </Formulier>
      ) : null}
      {s.status === 'tafel_gestart' ? <TafelVanSignaal signaalId={s.id} /> : null}
      <Heading level={2}>Wat er aan de hand is</Heading>
      <Paragraph>{s.omschrijving}</Paragraph>

      {mag.oppakken || mag.afwijzenOfSamenvoegen || mag.voorbereiden ? <Acties signaal={s} mag={mag} gedaan={gedaan} /> : null}

      <Heading level={2}>Dossier</Heading>
      <Paragraph>Een dossier heeft drie soorten bewijs: cijfers, ervaringen en een wet of afspraak. Pas als alle drie erin staan, kan de gemeente de partijen om hun mening vragen.</Paragraph>
      <DossierLijst stukken={s.dossier} signaalId={s.id} magIntrekken={mag.voorbereiden} gedaan={gedaan} />
      {mag.voorbereiden ? <DossierToevoegen signaal={s} gedaan={gedaan} /> : null}

      <Heading level={2}>Consensusrondes</Heading>
      {s.consensusrondes.length ? (
        <ul className="koers-lijst">
          {s.consensusrondes.map((ronde) => (
            <li key={ronde.id}>
              <AppLink naar={`/signalen/${s.id}/consensusrondes/${ronde.id}`}>Ronde {ronde.nummer}</AppLink>: {UITKOMST_NAMEN[ronde.uitkomst] ?? ronde.uitkomst}, gevraagd op {datum(ronde.gevraagdOp)}
              {' '}({ronde.antwoorden.length} van {ronde.partijen.length} partijen hebben geantwoord)
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er is nog geen partij om haar mening gevraagd. Dat doet de gemeente die het signaal behandelt, als het dossier compleet is.</Paragraph>
      )}
      {mag.voorbereiden ? <RondeVragen signaal={s} gedaan={gedaan} /> : null}

      <Heading level={2}>Geschiedenis</Heading>
      {s.historie.length ? (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
              <TableHeaderCell scope="col">Waarom</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.historie.map((stap) => (
              <TableRow key={`${stap.wanneer}-${stap.naar}`}>
                <TableCell>{datumTijd(stap.wanneer)}</TableCell>
                <TableCell>{STATUS_NAMEN[stap.naar] ?? stap.naar}</TableCell>
                <TableCell>{stap.wie}</TableCell>
                <TableCell>{stap.reden ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Paragraph>Er is nog niets met dit signaal gebeurd.</Paragraph>
      )}
      {s.correcties.length ? (
        <>
          <Heading level={2}>Verbeteringen</Heading>
          <ul className="koers-lijst">
            {s.correcties.map((c) => (
              <li key={`${c.wanneer}-${c.soort}`}>
                {datumTijd(c.wanneer)}: {c.soort === 'tekst' ? 'de tekst is verbeterd' : 'een stuk is uit het dossier gehaald'}
                {c.reden ? `, omdat: ${c.reden}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {s.samengevoegdeSignalen.length ? (
        <>
          <Heading level={2}>Samengevoegde signalen</Heading>
          <ul className="koers-lijst">
            {s.samengevoegdeSignalen.map((m) => (
              <li key={m.id}>
                <AppLink naar={`/signalen/${m.id}`}>{m.titel}</AppLink> ({m.dossier.length} stukken in het dossier)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Acties({ signaal: s, mag, gedaan }: { signaal: SignaalDetail; mag: ReturnType<typeof magNu>; gedaan(tekst: string): void }) {
  const { clients } = useKoers();
  const oppakken = useActie();
  const afwijzen = useActie();
  const wijzig = (actie: Actie, body: SignalenSchemas['StatuswijzigingDto'], tekst: string) =>
    actie
      .voer(() =>
        roep('signalen', clients.signalen.POST('/signalen/{id}/statuswijzigingen', { params: { path: { id: s.id }, header: { 'Idempotency-Key': nieuweSleutel() } }, body })),
      )
      .then((gelukt) => {
        if (gelukt) gedaan(tekst);
      });
  return (
    <section aria-labelledby="acties">
      <Heading level={2} id="acties">
        Wat kunt u doen?
      </Heading>
      {mag.oppakken ? (
        <div className="koers-formulier">
          <Paragraph>Neemt uw gemeente dit signaal in behandeling? Dan bent u de behandelaar. U maakt het dossier compleet en vraagt de partijen om hun mening.</Paragraph>
          <Formulierfout fout={oppakken.fout} velden={[]} />
          <Button purpose="primary" busy={oppakken.bezig} onClick={() => void wijzig(oppakken, { naar: 'in_voorbereiding' }, 'U hebt het signaal in behandeling genomen.')}>
            In behandeling nemen
          </Button>
        </div>
      ) : null}
      {mag.afwijzenOfSamenvoegen ? (
        <>
          <AfwijsFormulier afwijzen={(reden) => wijzig(afwijzen, { naar: 'afgewezen', reden }, 'Het signaal is afgewezen.')} actie={afwijzen} />
          <SamenvoegFormulier signaal={s} samenvoegen={(ander, actie) => wijzig(actie, { naar: 'samengevoegd', samengevoegdMet: ander }, 'Het signaal is samengevoegd.')} />
        </>
      ) : null}
      {mag.voorbereiden ? <CorrectieFormulier signaal={s} gedaan={gedaan} /> : null}
    </section>
  );
}

export function AfwijsFormulier({ afwijzen: stuur, actie }: { afwijzen(reden: string): Promise<void>; actie: Pick<Actie, 'bezig' | 'fout'> }) {
  const [reden, setReden] = useState('');
  return (
    <form
      className="koers-formulier"
      aria-label="Signaal afwijzen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void stuur(reden.trim());
      }}
    >
      <TekstvakVeld label="Waarom wijst u het signaal af?" naam="reden" waarde={reden} wijzig={setReden} fout={veldfout(actie.fout, 'reden')} verplicht uitleg="De indiener leest uw reden. Schrijf geen namen van cliënten op." />
      <Formulierfout fout={actie.fout} velden={['reden']} />
      <Button type="submit" purpose="secondary" busy={actie.bezig}>
        Signaal afwijzen
      </Button>
    </form>
  );
}

function SamenvoegFormulier({ signaal: s, samenvoegen }: { signaal: SignaalDetail; samenvoegen(ander: string, actie: Actie): Promise<void> }) {
  const { clients } = useKoers();
  const actie = useActie();
  const [ander, setAnder] = useState('');
  const open = useLaden(
    () => roep('signalen', clients.signalen.GET('/signalen', { params: { query: { regio: s.regio, status: ['ingediend', 'in_voorbereiding'], paginaGrootte: 100 } } })),
    [clients, s.regio],
  );
  const anderen = open.status === 'klaar' ? open.data.items.filter((o) => o.id !== s.id) : [];
  if (open.status === 'klaar' && !anderen.length) return <Paragraph>Er is geen ander open signaal in de regio om dit signaal mee samen te voegen.</Paragraph>;
  return (
    <form
      className="koers-formulier"
      aria-label="Signaal samenvoegen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void samenvoegen(ander, actie);
      }}
    >
      <KeuzeVeld
        verplicht
        label="Samenvoegen met een ander signaal"
        naam="samengevoegdMet"
        waarde={ander}
        wijzig={setAnder}
        fout={veldfout(actie.fout, 'samengevoegdMet')}
        uitleg="Gaat een ander signaal over hetzelfde? Dan gaat dit signaal daarin verder."
        opties={[{ waarde: '', tekst: 'Kies een signaal' }, ...anderen.map((o) => ({ waarde: o.id, tekst: o.titel }))]}
      />
      <Formulierfout fout={actie.fout} velden={['samengevoegdMet']} />
      <Button type="submit" purpose="secondary" busy={actie.bezig}>
        Samenvoegen
      </Button>
    </form>
  );
}

function CorrectieFormulier({ signaal: s, gedaan }: { signaal: SignaalDetail; gedaan(tekst: string): void }) {
  const { clients } = useKoers();
  const actie = useActie();
  const [titel, setTitel] = useState(s.titel);
  const [omschrijving, setOmschrijving] = useState(s.omschrijving);
  const [reden, setReden] = useState('');
  return (
    <form
      className="koers-formulier"
      aria-label="Tekst verbeteren"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = {
          ...(titel.trim() !== s.titel ? { titel: titel.trim() } : {}),
          ...(omschrijving.trim() !== s.omschrijving ? { omschrijving: omschrijving.trim() } : {}),
          ...(reden.trim() ? { reden: reden.trim() } : {}),
        };
        void actie
          .voer(() => roep('signalen', clients.signalen.PATCH('/signalen/{id}', { params: { path: { id: s.id } }, body })))
          .then((gelukt) => gelukt && gedaan('De tekst is verbeterd. De oude tekst blijft bewaard.'));
      }}
    >
      <Heading level={3}>Tekst verbeteren</Heading>
      <TekstVeld verplicht label="Titel" naam="titel" waarde={titel} wijzig={setTitel} fout={veldfout(actie.fout, 'titel')} />
      <TekstvakVeld verplicht label="Wat er aan de hand is" naam="omschrijving" waarde={omschrijving} wijzig={setOmschrijving} fout={veldfout(actie.fout, 'omschrijving')} />
      <TekstVeld label="Waarom verbetert u de tekst?" naam="reden" waarde={reden} wijzig={setReden} fout={veldfout(actie.fout, 'reden')} />
      <Formulierfout fout={actie.fout} velden={['titel', 'omschrijving', 'reden']} />
      <Button type="submit" purpose="secondary" busy={actie.bezig}>
        Verbetering opslaan
      </Button>
    </form>
  );
}

function DossierLijst({ stukken, signaalId, magIntrekken, gedaan }: { stukken: Dossierstuk[]; signaalId: string; magIntrekken: boolean; gedaan(tekst: string): void }) {
  const { clients } = useKoers();
  const actie = useActie();
  if (!stukken.length) return <Paragraph>Er staat nog niets in het dossier.</Paragraph>;
  return (
    <>
      <Formulierfout fout={actie.fout} velden={[]} />
      <ul className="koers-lijst">
        {stukken.map((stuk) => (
          <li key={stuk.id}>
            <strong>{DOSSIER_NAMEN[stuk.soort] ?? stuk.soort}</strong> ({datum(stuk.toegevoegdOp)}){stuk.ingetrokkenOp ? ' — uit het dossier gehaald' : ''}: {inhoudTekst(stuk)}
            {magIntrekken && !stuk.ingetrokkenOp ? (
              <>
                {' '}
                <button
                  type="button"
                  className="nl-button nl-button--secondary"
                  disabled={actie.bezig}
                  onClick={() =>
                    void actie
                      .voer(() =>
                        roep(
                          'signalen',
                          clients.signalen.POST('/signalen/{id}/dossierstukken/{stukId}/intrekking', {
                            params: { path: { id: signaalId, stukId: stuk.id }, header: { 'Idempotency-Key': nieuweSleutel() } },
                            body: {},
                          }),
                        ),
                      )
                      .then((gelukt) => gelukt && gedaan('Het stuk is uit het dossier gehaald.'))
                  }
                >
                  Uit het dossier halen
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One line for a dossier piece, as it was stored (figures as monitoring gave them: small numbers as "< 5"). */
export function inhoudTekst(stuk: Pick<Dossierstuk, 'soort' | 'inhoud'>): string {
  const i = stuk.inhoud as Record<string, unknown>;
  switch (stuk.soort) {
    case 'objectieve_data': {
      const punten = ((i.punten as Array<{ periode: string; weergave: string }> | undefined) ?? []).map((p) => `${p.periode}: ${p.weergave}`).join(', ');
      return `${String(i.indicator)}${i.gemeente ? ` in ${String(i.gemeente)}` : ' in de hele regio'}; ${punten}`;
    }
    case 'ervaringsinformatie':
      return `${PERSPECTIEF_NAMEN[String(i.perspectief)] ?? String(i.perspectief)}: ${String(i.verslag)}`;
    case 'juridisch_kader':
      return `${KADER_NAMEN[String(i.kader)] ?? String(i.kader)}: ${String(i.referentie)}${i.toelichting ? `. ${String(i.toelichting)}` : ''}`;
  }
  return '';
}

function DossierToevoegen({ signaal: s, gedaan }: { signaal: SignaalDetail; gedaan(tekst: string): void }) {
  const { clients, config } = useKoers();
  const actie = useActie();
  const indicatoren = useLaden(() => roep('monitoring', clients.monitoring.GET('/indicatoren')), [clients]);
  return (
    <DossierstukFormulier
      indicatoren={indicatoren.status === 'klaar' ? indicatoren.data.map((i) => ({ code: i.code, naam: i.naam })) : s.indicatoren.map((code) => ({ code, naam: code }))}
      gemeenten={s.gemeenten.map((code) => ({ code, naam: gemeenteNaam(config, code) }))}
      bezig={actie.bezig}
      fout={actie.fout}
      toevoegen={async (stuk) => {
        const gelukt = await actie.voer(() =>
          roep('signalen', clients.signalen.POST('/signalen/{id}/dossierstukken', { params: { path: { id: s.id }, header: { 'Idempotency-Key': nieuweSleutel() } }, body: stuk })),
        );
        if (gelukt) gedaan(`${DOSSIER_NAMEN[stuk.soort]} toegevoegd aan het dossier.`);
        return Boolean(gelukt);
      }}
    />
  );
}

export function DossierstukFormulier({
  indicatoren,
  gemeenten,
  toevoegen,
  bezig,
  fout,
}: {
  indicatoren: Array<{ code: string; naam: string }>;
  gemeenten: Array<{ code: string; naam: string }>;
  toevoegen(stuk: DossierstukNieuw): Promise<boolean>;
  bezig: boolean;
  fout?: KoersFout;
}) {
  const [soort, setSoort] = useState<DossierstukNieuw['soort']>('objectieve_data');
  const [indicator, setIndicator] = useState(indicatoren[0]?.code ?? '');
  const [gemeente, setGemeente] = useState('');
  const [perioden, setPerioden] = useState('');
  const [perspectief, setPerspectief] = useState<NonNullable<DossierstukNieuw['perspectief']>>('client');
  const [verslag, setVerslag] = useState('');
  const [kader, setKader] = useState<NonNullable<DossierstukNieuw['kader']>>('wet');
  const [referentie, setReferentie] = useState('');
  const [toelichting, setToelichting] = useState('');
  const stuk = (): DossierstukNieuw => {
    switch (soort) {
      case 'objectieve_data':
        return { soort, indicator: indicator || indicatoren[0]?.code, ...(gemeente ? { gemeente } : {}), perioden: perioden.split(/[\s,;]+/).filter(Boolean) };
      case 'ervaringsinformatie':
        return { soort, perspectief, verslag: verslag.trim() };
      case 'juridisch_kader':
        return { soort, kader, referentie: referentie.trim(), ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) };
    }
  };
  return (
    <form
      className="koers-formulier"
      aria-label="Stuk toevoegen aan het dossier"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void toevoegen(stuk()).then((gelukt) => {
          if (!gelukt) return;
          setPerioden('');
          setVerslag('');
          setReferentie('');
          setToelichting('');
        });
      }}
    >
      <Heading level={3}>Stuk toevoegen aan het dossier</Heading>
      <KeuzeVeld
        verplicht
        label="Soort bewijs"
        naam="soort"
        waarde={soort}
        wijzig={(w) => setSoort(w as DossierstukNieuw['soort'])}
        fout={veldfout(fout, 'soort')}
        opties={Object.entries(DOSSIER_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))}
      />
      {soort === 'objectieve_data' ? (
        <>
          <KeuzeVeld verplicht label="Cijfer" naam="indicator" waarde={indicator} wijzig={setIndicator} fout={veldfout(fout, 'indicator')} opties={indicatoren.map((i) => ({ waarde: i.code, tekst: i.naam }))} />
          <KeuzeVeld verplicht label="Gemeente" naam="gemeente" waarde={gemeente} wijzig={setGemeente} fout={veldfout(fout, 'gemeente')} opties={[{ waarde: '', tekst: 'De hele regio' }, ...gemeenten.map((g) => ({ waarde: g.code, tekst: g.naam }))]} />
          <TekstVeld verplicht label="Perioden" naam="perioden" waarde={perioden} wijzig={setPerioden} fout={veldfout(fout, 'perioden')} uitleg="Bijvoorbeeld: 2025-Q1, 2025-Q2. Koers neemt de cijfers van die perioden over." />
        </>
      ) : null}
      {soort === 'ervaringsinformatie' ? (
        <>
          <KeuzeVeld verplicht label="Wie vertelt?" naam="perspectief" waarde={perspectief} wijzig={(w) => setPerspectief(w as typeof perspectief)} fout={veldfout(fout, 'perspectief')} opties={Object.entries(PERSPECTIEF_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))} />
          <TekstvakVeld verplicht label="Wat is er verteld?" naam="verslag" waarde={verslag} wijzig={setVerslag} fout={veldfout(fout, 'verslag')} uitleg="Schrijf het zo op dat niemand te herkennen is." />
        </>
      ) : null}
      {soort === 'juridisch_kader' ? (
        <>
          <KeuzeVeld verplicht label="Soort regel" naam="kader" waarde={kader} wijzig={(w) => setKader(w as typeof kader)} fout={veldfout(fout, 'kader')} opties={Object.entries(KADER_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))} />
          <TekstVeld verplicht label="Welke regel?" naam="referentie" waarde={referentie} wijzig={setReferentie} fout={veldfout(fout, 'referentie')} uitleg="Bijvoorbeeld: Jeugdwet artikel 2.3." />
          <TekstvakVeld label="Uitleg" naam="toelichting" waarde={toelichting} wijzig={setToelichting} fout={veldfout(fout, 'toelichting')} />
        </>
      ) : null}
      <Formulierfout fout={fout} velden={['soort', 'indicator', 'gemeente', 'perioden', 'perspectief', 'verslag', 'kader', 'referentie', 'toelichting']} />
      <Button type="submit" purpose="secondary" busy={bezig}>
        Toevoegen
      </Button>
    </form>
  );
}

function RondeVragen({ signaal: s, gedaan }: { signaal: SignaalDetail; gedaan(tekst: string): void }) {
  const { clients, config } = useKoers();
  const actie = useActie();
  const organisaties = useLaden(() => roep('signalen', clients.signalen.GET('/organisaties', { params: { query: { regio: s.regio } } })), [clients, s.regio]);
  if (organisaties.status === 'laden') return <Laden wat="De organisaties van de regio" />;
  if (organisaties.status === 'fout') return <Foutmelding fout={organisaties.fout} opnieuw={organisaties.opnieuw} />;
  return (
    <RondeFormulier
      organisaties={organisaties.data.items}
      organisatieNaam={(code) => organisatieNaam(config, code)}
      actie={actie}
      vragen={(partijen) =>
        void actie
          .voer(() =>
            roep(
              'signalen',
              clients.signalen.POST('/signalen/{id}/consensusrondes', {
                params: { path: { id: s.id }, header: { 'Idempotency-Key': nieuweSleutel() } },
                body: { partijen },
              }),
            ),
          )
          .then((ronde) => ronde && gedaan(`Ronde ${ronde.nummer} is gestart. De partijen krijgen een bericht.`))
      }
    />
  );
}

/**
 * The parties to ask, chosen from the organisations signalen knows in the region: the API accepts no
 * other, so there is nothing to type. Keycloak knows organisations by code only; their names come
 * from config.json.
 */
export function RondeFormulier({
  organisaties,
  organisatieNaam,
  vragen,
  actie,
}: {
  organisaties: readonly Organisatie[];
  organisatieNaam: (code: string) => string;
  vragen(partijen: string[]): void;
  actie: Pick<Actie, 'bezig' | 'fout'>;
}) {
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [nietGekozen, setNietGekozen] = useState(false);
  const id = useId();
  if (!organisaties.length) {
    return (
      <Paragraph>
        Er is in deze regio nog geen aanbieder of cliëntenraad met een account in Koers, dus u kunt nog niemand om zijn mening vragen. Vraag de beheerder van uw regio om hen toegang te geven.
      </Paragraph>
    );
  }
  const fout = nietGekozen && !gekozen.length ? 'Kies minstens één organisatie.' : veldfout(actie.fout, 'partijen');
  return (
    <form
      className="koers-formulier"
      aria-label="Partijen om hun mening vragen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setNietGekozen(!gekozen.length);
        if (gekozen.length) vragen(organisaties.map((o) => o.organisatie).filter((code) => gekozen.includes(code)));
      }}
    >
      <Heading level={3}>Partijen om hun mening vragen</Heading>
      <Fieldset invalid={Boolean(fout)} aria-describedby={`${id}-uitleg${fout ? ` ${id}-fout` : ''}`}>
        <FieldsetLegend>Welke organisaties vraagt u?</FieldsetLegend>
        <FormFieldDescription id={`${id}-uitleg`}>Kies er minstens één. Elke organisatie krijgt een bericht en geeft haar mening.</FormFieldDescription>
        {fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
        {organisaties.map((o) => (
          <div className="koers-keuze" key={o.organisatie}>
            <Checkbox
              id={`${id}-${o.organisatie}`}
              checked={gekozen.includes(o.organisatie)}
              invalid={Boolean(fout)}
              onChange={(event) => setGekozen((oud) => (event.target.checked ? [...oud, o.organisatie] : oud.filter((c) => c !== o.organisatie)))}
            />
            <label htmlFor={`${id}-${o.organisatie}`}>
              {organisatieNaam(o.organisatie)} ({PARTIJ_SOORTEN[o.rol] ?? o.rol})
            </label>
          </div>
        ))}
      </Fieldset>
      <Formulierfout fout={actie.fout} velden={['partijen']} />
      <Button type="submit" purpose="secondary" busy={actie.bezig}>
        Ronde starten
      </Button>
    </form>
  );
}

/** The table that runs on this signal (or took it along as a merged signal), found by tafels' `signaal` filter. */
function TafelVanSignaal({ signaalId }: { signaalId: string }) {
  const { clients } = useKoers();
  const tafels = useLaden(() => roep('tafels', clients.tafels.GET('/tafels', { params: { query: { signaal: signaalId } } })), [signaalId, clients]);
  if (tafels.status !== 'klaar') return null;
  const [tafel] = tafels.data.items;
  if (!tafel) return null;
  return (
    <Paragraph>
      Er is een koerstafel over dit signaal: <AppLink naar={`/tafels/${tafel.id}`}>{tafel.titel}</AppLink>.
    </Paragraph>
  );
}
