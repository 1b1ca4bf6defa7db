import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { nieuweSleutel, useActie } from '../api/actie';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { heeftRol } from '../auth/gebruiker';
import { gemeenteNaam, organisatieNaam } from '../config/config';
import { useKoers } from '../koers';
import { Formulierfout, KeuzeVeld, TekstVeld, TekstvakVeld, veldfout } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { ReeksGrafiek } from './reeks-grafiek';
import { VergelijkingGrafiek } from './vergelijking-grafiek';
import { datum } from './teksten';

/** `/monitoring/reeksen?indicator=&gemeente=` — the link notificaties writes; no gemeente: the region as a whole. */
export function Reeksen() {
  const { clients, config, regio } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const indicator = zoekParams.get('indicator') ?? '';
  const gemeente = zoekParams.get('gemeente') ?? '';
  const keuzes = useLaden(async () => {
    const [indicatoren, gebied] = await Promise.all([
      roep('monitoring', clients.monitoring.GET('/indicatoren')),
      roep('monitoring', clients.monitoring.GET('/regios/{regio}', { params: { path: { regio: regio ?? '' } } })),
    ]);
    return { indicatoren, gemeenten: gebied.gemeenten };
  }, [clients, regio]);
  return (
    <>
      <Heading level={1}>Cijfers en koers</Heading>
      <Paragraph>Kies een cijfer en een gemeente. Klik dan op ‘Cijfers tonen’. U ziet hoe het cijfer verandert, en wat het doel van de regio is.</Paragraph>
      <Paragraph>Bij de grafiek staat een tabel met dezelfde cijfers. Is een getal kleiner dan 5? Dan staat er ‘&lt; 5’. Zo weet niemand over wie het gaat.</Paragraph>
      {keuzes.status === 'laden' ? <Laden wat="De cijfers" /> : null}
      {keuzes.status === 'fout' ? <Foutmelding fout={keuzes.fout} opnieuw={keuzes.opnieuw} /> : null}
      {keuzes.status === 'klaar' ? (
        <Keuze
          key={`${indicator}-${gemeente}`}
          indicator={indicator}
          gemeente={gemeente}
          indicatoren={keuzes.data.indicatoren.map((i) => ({ waarde: i.code, tekst: i.naam }))}
          gemeenten={keuzes.data.gemeenten.map((g) => ({ waarde: g.code, tekst: g.naam }))}
          kies={(i, g) => setZoekParams(g ? { indicator: i, gemeente: g } : { indicator: i })}
        />
      ) : null}
      {indicator && keuzes.status === 'klaar' ? (
        <Reeks indicator={indicator} gemeente={gemeente} naam={keuzes.data.indicatoren.find((i) => i.code === indicator)?.naam ?? indicator} plaats={gemeente ? gemeenteNaam(config, gemeente) : 'de hele regio'} />
      ) : null}
    </>
  );
}

function Keuze(props: { indicator: string; gemeente: string; indicatoren: Array<{ waarde: string; tekst: string }>; gemeenten: Array<{ waarde: string; tekst: string }>; kies(indicator: string, gemeente: string): void }) {
  const [indicator, setIndicator] = useState(props.indicator || props.indicatoren[0]?.waarde || '');
  const [gemeente, setGemeente] = useState(props.gemeente);
  return (
    <form
      className="koers-formulier"
      aria-label="Cijfer kiezen"
      onSubmit={(event) => {
        event.preventDefault();
        props.kies(indicator, gemeente);
      }}
    >
      <KeuzeVeld filter label="Cijfer" naam="indicator" waarde={indicator} wijzig={setIndicator} opties={props.indicatoren} />
      <KeuzeVeld filter label="Gemeente" naam="gemeente" waarde={gemeente} wijzig={setGemeente} opties={[{ waarde: '', tekst: 'De hele regio' }, ...props.gemeenten]} />
      <Button type="submit" purpose="secondary">
        Cijfers tonen
      </Button>
    </form>
  );
}

function Reeks({ indicator, gemeente, naam, plaats }: { indicator: string; gemeente: string; naam: string; plaats: string }) {
  const { clients, config, gebruiker, regio } = useKoers();
  const reeks = useLaden(
    () => roep('monitoring', clients.monitoring.GET('/reeksen', { params: { query: { regio, indicator, ...(gemeente ? { gemeente } : {}) } } })),
    [clients, regio, indicator, gemeente],
  );
  if (reeks.status === 'laden') return <Laden wat="De cijfers" />;
  if (reeks.status === 'fout') return <Foutmelding fout={reeks.fout} opnieuw={reeks.opnieuw} />;
  const r = reeks.data;
  const magDuiden = gebruiker && heeftRol(gebruiker, ['gemeente', 'aanbieder', 'clientvertegenwoordiger']);
  return (
    <section aria-labelledby="reeks-kop">
      <Heading level={2} id="reeks-kop">
        {naam} in {plaats}
      </Heading>
      {r.punten.length ? (
        <ReeksGrafiek id="reeks" titel={`${naam} in ${plaats}`} punten={r.punten} doel={r.koersdoel} />
      ) : (
        <Paragraph>Er zijn nog geen cijfers voor {plaats}. Levert uw organisatie deze cijfers? Dat kan bij Metingen aanleveren.</Paragraph>
      )}
      {r.koersdoel ? <Paragraph>Het koersdoel staat in het koersdocument, deel {r.koersdoel.koersdocumentSectie}.</Paragraph> : <Paragraph>Voor dit cijfer is nog geen koersdoel. Een gemeente of de beheerder stelt het vast bij Koersdoelen.</Paragraph>}
      <Vergelijking key={indicator} indicator={indicator} naam={naam} laatste={r.punten[r.punten.length - 1]?.periode ?? ''} />
      <Heading level={2}>Duiding</Heading>
      <Paragraph>Wat betekenen deze cijfers? Hier leest u wat gemeenten, aanbieders en cliëntenraden erover zeggen.</Paragraph>
      {r.duidingen.length ? (
        <ul className="koers-lijst">
          {r.duidingen.map((d) => (
            <li key={d.id}>
              {d.periode ? <strong>{d.periode}: </strong> : null}
              {d.tekst} <span>({d.auteur}, {d.organisatie ? organisatieNaam(config, d.organisatie) : d.rol}, {datum(d.geplaatstOp)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er is nog geen duiding. {magDuiden ? 'Weet u waarom het cijfer zo is? Schrijf het hieronder op.' : ''}</Paragraph>
      )}
      {magDuiden ? <DuidingFormulier indicator={indicator} gemeente={gemeente} perioden={r.punten.map((p) => p.periode)} geplaatst={reeks.opnieuw} /> : null}
    </section>
  );
}

function DuidingFormulier({ indicator, gemeente, perioden, geplaatst }: { indicator: string; gemeente: string; perioden: string[]; geplaatst(): void }) {
  const { clients, regio } = useKoers();
  const actie = useActie();
  const [tekst, setTekst] = useState('');
  const [periode, setPeriode] = useState('');
  return (
    <form
      className="koers-formulier"
      aria-label="Duiding toevoegen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void actie
          .voer(() =>
            roep(
              'monitoring',
              clients.monitoring.POST('/duidingen', {
                params: { header: { 'Idempotency-Key': nieuweSleutel() } },
                body: { regio, indicator, ...(gemeente ? { gemeente } : {}), ...(periode ? { periode } : {}), tekst: tekst.trim() },
              }),
            ),
          )
          .then((gelukt) => {
            if (!gelukt) return;
            setTekst('');
            geplaatst();
          });
      }}
    >
      <KeuzeVeld verplicht label="Over welke periode?" naam="periode" waarde={periode} wijzig={setPeriode} fout={veldfout(actie.fout, 'periode')} opties={[{ waarde: '', tekst: 'De hele reeks' }, ...perioden.map((p) => ({ waarde: p, tekst: p }))]} />
      <TekstvakVeld verplicht label="Uw duiding" naam="tekst" waarde={tekst} wijzig={setTekst} fout={veldfout(actie.fout, 'tekst')} uitleg="Schrijf geen namen of andere gegevens over jongeren of gezinnen op." />
      <Formulierfout fout={actie.fout} velden={['periode', 'tekst', 'indicator', 'gemeente']} />
      <Button type="submit" purpose="secondary" busy={actie.bezig}>
        Duiding plaatsen
      </Button>
    </form>
  );
}


/** The gemeenten of the region side by side for the chosen indicator and one period: at first the latest of the series shown. */
function Vergelijking({ indicator, naam, laatste }: { indicator: string; naam: string; laatste: string }) {
  const { clients, regio } = useKoers();
  const [invoer, setInvoer] = useState(laatste);
  const [periode, setPeriode] = useState(laatste);
  const vergelijking = useLaden(
    () => (periode ? roep('monitoring', clients.monitoring.GET('/vergelijkingen', { params: { query: { regio, indicator, periode } } })) : Promise.resolve(undefined)),
    [clients, regio, indicator, periode],
  );
  return (
    <section aria-labelledby="vergelijking-kop">
      <Heading level={2} id="vergelijking-kop">
        De gemeenten naast elkaar
      </Heading>
      <form
        className="koers-formulier"
        aria-label="Periode kiezen"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriode(invoer.trim());
        }}
      >
        <TekstVeld filter label="Periode" naam="periode" uitleg="Een jaar of een kwartaal, bijvoorbeeld 2025 of 2025-Q4." waarde={invoer} wijzig={setInvoer} />
        <Button type="submit" purpose="secondary">
          Gemeenten vergelijken
        </Button>
      </form>
      {!periode ? <Paragraph>Kies een periode om de gemeenten te vergelijken.</Paragraph> : null}
      {periode && vergelijking.status === 'laden' ? <Laden wat="De vergelijking" /> : null}
      {vergelijking.status === 'fout' ? <Foutmelding fout={vergelijking.fout} opnieuw={vergelijking.opnieuw} /> : null}
      {vergelijking.status === 'klaar' && vergelijking.data ? <VergelijkingGrafiek id="vergelijking" titel={naam} periode={vergelijking.data.periode} gemeenten={vergelijking.data.gemeenten} /> : null}
    </section>
  );
}
