import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
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
import { Foutmelding, Laden, NietGevonden } from '../../layout/meldingen';
import { AFSPRAAK_SOORT_NAMEN, AFSPRAAK_STATUS_NAMEN, datum, datumTijdNl, TOETSING_NAMEN } from '../teksten';
import { AfspraakFormulier, ToetsingFormulier, VoortgangFormulier } from './formulieren';
import { isBehandelaar, isEigenaar, magToetsen } from './rechten';
import { eigenaarKeuzes } from './tafel';
import { AfspraakVoortgang } from './voortgang';
import { KopiePad, OvernamesOverzicht } from '../overnames';
import { MonitoringplanFormulier } from './monitoringplan-formulier';
import { heeftRol } from '../../auth/gebruiker';

type Afspraak = TafelsSchemas['AfspraakResponse'];

export function AfspraakScherm() {
  const { id = '', afspraakId = '' } = useParams();
  const { clients, config, gebruiker } = useKoers();
  const [planNetGemaakt, setPlanNetGemaakt] = useState(false);
  const pad = { params: { path: { id, afspraakId } } };
  const tafel = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}', { params: { path: { id } } })), [id, clients]);
  const afspraken = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}/afspraken', { params: { path: { id } } })), [id, clients]);
  const bijeenkomsten = useLaden(() => roep('tafels', clients.tafels.GET('/tafels/{id}/bijeenkomsten', { params: { path: { id } } })), [id, clients]);
  const overnames = useLaden(() => roep('tafels', clients.tafels.GET('/afspraken/{id}/overnames', { params: { path: { id: afspraakId } } })), [afspraakId, clients]);
  const indicatoren = useLaden(() => roep('monitoring', clients.monitoring.GET('/indicatoren')), [clients]);
  const origineelId = afspraken.status === 'klaar' ? afspraken.data.find((x) => x.id === afspraakId)?.overgenomenVanId : undefined;
  const vanOrigineel = useLaden(
    () => (origineelId ? roep('tafels', clients.tafels.GET('/afspraken/{id}/overnames', { params: { path: { id: origineelId } } })) : Promise.resolve(undefined)),
    [origineelId, clients],
  );
  if (tafel.status === 'laden' || afspraken.status === 'laden') return <Laden wat="De afspraak" />;
  if (tafel.status === 'fout') return <Foutmelding titel="Afspraak" fout={tafel.fout} opnieuw={tafel.opnieuw} />;
  if (afspraken.status === 'fout') return <Foutmelding titel="Afspraak" fout={afspraken.fout} opnieuw={afspraken.opnieuw} />;
  const a = afspraken.data.find((x) => x.id === afspraakId);
  if (!a) return <NietGevonden />;
  const t = tafel.data;
  const behandelaar = isBehandelaar(gebruiker, t);
  const naActie = () => {
    afspraken.ververs();
    tafel.ververs();
    overnames.ververs();
  };
  const gemeentenTekst = (x: Afspraak) => x.gemeenten.map((g) => gemeenteNaam(config, g)).join(', ');
  const nieuwere = afspraken.data.find((x) => x.vorigeVersieId === a.id);
  const gehouden = bijeenkomsten.status === 'klaar' ? bijeenkomsten.data.filter((b) => b.status === 'gehouden') : [];
  const wijzigbaar = behandelaar && !a.overgenomenVanId && t.status === 'gehouden' && (a.status === 'concept' || (a.status === 'vastgelegd' && !nieuwere));
  const overnameVanKopie = vanOrigineel.status === 'klaar' ? vanOrigineel.data?.overnames.find((o) => o.overgenomenAfspraakId === a.id) : undefined;
  const vanMijnGemeente = Boolean(gebruiker && heeftRol(gebruiker, ['gemeente']) && gebruiker.gemeente && a.gemeenten.includes(gebruiker.gemeente));

  return (
    <>
      <Heading level={1}>Afspraak: {a.omschrijving}</Heading>
      <Paragraph>
        Van de koerstafel <AppLink naar={`/tafels/${id}`}>{t.titel}</AppLink>.
      </Paragraph>
      <AfspraakGegevens afspraak={a} gemeenten={a.voorDeHeleRegio ? 'Alle gemeenten van de regio' : a.gemeenten.map((g) => gemeenteNaam(config, g)).join(', ')} />
      {nieuwere ? (
        <Paragraph>
          Er is een nieuwe versie van deze afspraak: <AppLink naar={`/tafels/${id}/afspraken/${nieuwere.id}`}>lees versie {nieuwere.versie}</AppLink>.
        </Paragraph>
      ) : null}

      {a.overgenomenVanId ? (
        <section aria-labelledby="overgenomen">
          <Heading level={2} id="overgenomen">
            Overgenomen afspraak
          </Heading>
          <Paragraph>
            {gemeentenTekst(a)} nam deze afspraak over, omdat zij in een andere gemeente werkte.{' '}
            <AppLink naar={`/tafels/${id}/afspraken/${a.overgenomenVanId}`}>Lees de afspraak die werkte</AppLink>.
          </Paragraph>
          <KopiePad
            kopie={a}
            magVastleggen={vanMijnGemeente && Boolean(overnameVanKopie)}
            vastleggen={async () => {
              if (!overnameVanKopie) return;
              await roep('tafels', clients.tafels.POST('/overnames/{id}/vastlegging', { params: { path: { id: overnameVanKopie.id } }, headers: { 'idempotency-key': crypto.randomUUID() } }));
              naActie();
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="toetsing">
        <Heading level={2} id="toetsing">
          Wat vindt de jurist?
        </Heading>
        <Paragraph>{TOETSING_NAMEN[a.toetsing] ?? a.toetsing}.</Paragraph>
        {a.toetsingen.length ? (
          <ul className="koers-lijst">
            {a.toetsingen.map((toetsing) => (
              <li key={toetsing.id}>
                {datumTijdNl(toetsing.getoetstOp)}: {toetsing.oordeel === 'akkoord' ? `akkoord${toetsing.reden ? `. De motivering: ${toetsing.reden}` : ''}` : `bezwaar. De reden: ${toetsing.reden ?? ''}`}
              </li>
            ))}
          </ul>
        ) : null}
        {magToetsen(gebruiker, a) ? (
          <ToetsingFormulier
            verstuur={async (toetsing) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/afspraken/{afspraakId}/toetsingen', { ...pad, body: toetsing }));
              naActie();
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="volgen">
        <Heading level={2} id="volgen">
          Hoe gaat het?
        </Heading>
        <AfspraakVoortgang afspraak={a} />
        {/* The form and its confirmation go once tafels links the plan, which can be before the refresh. */}
        {planNetGemaakt && a.monitoringplanId ? <Paragraph role="status">Het monitoringplan is gemaakt.</Paragraph> : null}
        {!a.monitoringplanId && a.status === 'concept' && (behandelaar || isEigenaar(gebruiker, a)) && indicatoren.status === 'klaar' ? (
          <MonitoringplanFormulier
            titel={a.omschrijving}
            indicatoren={indicatoren.data.map((i) => ({ waarde: i.code, tekst: i.naam }))}
            verstuur={async (velden) => {
              await roep(
                'monitoring',
                clients.monitoring.POST('/monitoringplannen', { body: { ...velden, onderwerp: { soort: 'afspraak', id: a.id }, gemeenten: a.gemeenten.length ? a.gemeenten : t.gemeenten, regio: a.regio } }),
              );
              setPlanNetGemaakt(true);
              naActie();
            }}
          />
        ) : null}
        {isEigenaar(gebruiker, a) && a.status === 'vastgelegd' ? (
          <VoortgangFormulier
            verstuur={async (voortgang) => {
              await roep('tafels', clients.tafels.POST('/tafels/{id}/afspraken/{afspraakId}/voortgang', { ...pad, body: voortgang }));
              naActie();
            }}
          />
        ) : null}
      </section>

      {!a.overgenomenVanId ? (
        <section aria-labelledby="overnames">
          <Heading level={2} id="overnames">
            Nemen andere gemeenten deze afspraak over?
          </Heading>
          {overnames.status === 'laden' ? <Laden wat="Wie de afspraak overnam" /> : null}
          {overnames.status === 'fout' ? <Foutmelding fout={overnames.fout} opnieuw={overnames.opnieuw} /> : null}
          {overnames.status === 'klaar' ? <OvernamesOverzicht overnames={overnames.data} naam={(code) => gemeenteNaam(config, code)} tafelId={id} /> : null}
        </section>
      ) : null}

      {wijzigbaar ? (
        <section aria-labelledby="wijzigen">
          <Heading level={2} id="wijzigen">
            Afspraak wijzigen
          </Heading>
          {a.status === 'vastgelegd' ? <Paragraph>Deze afspraak is vastgelegd. Als u haar wijzigt, komt er een nieuwe versie. Een jurist kijkt daar weer naar.</Paragraph> : null}
          <AfspraakFormulier
            bestaand={a}
            eigenaren={eigenaarKeuzes(t.deelnemers, (code) => organisatieNaam(config, code))}
            gemeenten={t.gemeenten.map((code) => ({ waarde: code, tekst: gemeenteNaam(config, code) }))}
            bijeenkomsten={gehouden.map((b) => ({ waarde: b.id, tekst: datumTijdNl(b.start) }))}
            verstuur={async (velden) => {
              await roep('tafels', clients.tafels.PATCH('/tafels/{id}/afspraken/{afspraakId}', { ...pad, body: velden }));
              naActie();
            }}
          />
          {a.status === 'concept' ? (
            <Formulier
              titel="Afspraak intrekken"
              knop="Afspraak intrekken"
              knopSoort="secondary"
              gelukt="De afspraak is ingetrokken."
              verstuur={async () => {
                await roep('tafels', clients.tafels.POST('/tafels/{id}/afspraken/{afspraakId}/intrekking', pad));
                naActie();
              }}
            >
              {() => <Paragraph>Gaat deze afspraak niet door? Trek haar dan in. Ze telt dan niet meer mee.</Paragraph>}
            </Formulier>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

export function AfspraakGegevens({ afspraak: a, gemeenten }: { afspraak: Afspraak; gemeenten: string }) {
  const { config } = useKoers();
  return (
    <DataList>
      <DataListItem>
        <DataListKey>Soort</DataListKey>
        <DataListValue>{AFSPRAAK_SOORT_NAMEN[a.soort] ?? a.soort}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Status</DataListKey>
        <DataListValue>
          {AFSPRAAK_STATUS_NAMEN[a.status] ?? a.status} (versie {a.versie})
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Wie doet het</DataListKey>
        <DataListValue>{organisatieNaam(config, a.eigenaar)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Klaar op</DataListKey>
        <DataListValue>{datum(a.deadline)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Voor</DataListKey>
        <DataListValue>{gemeenten}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Regel of wet</DataListKey>
        <DataListValue>{a.rechtsgrond}</DataListValue>
      </DataListItem>
      {a.outcomecriterium ? (
        <DataListItem>
          <DataListKey>Doel om op te sturen</DataListKey>
          <DataListValue>
            {a.outcomecriterium.naam}: {a.outcomecriterium.definitie} Doel: {a.outcomecriterium.doelwaarde} {a.outcomecriterium.eenheid}.
          </DataListValue>
        </DataListItem>
      ) : null}
    </DataList>
  );
}
