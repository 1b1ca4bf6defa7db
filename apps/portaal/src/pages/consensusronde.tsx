import { useState } from 'react';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useParams } from 'react-router';
import type { SignalenSchemas } from '@koers/clients';
import { nieuweSleutel, useActie } from '../api/actie';
import { roep } from '../api/api';
import { KoersFout } from '../api/fout';
import { useLaden } from '../api/laden';
import { heeftRol } from '../auth/gebruiker';
import { organisatieNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { Formulierfout, KeuzeVeld, TekstvakVeld, veldfout } from '../layout/formulier';
import { Foutmelding, Laden, NietGevonden } from '../layout/meldingen';
import { datum, datumTijd, STANDPUNT_NAMEN, termijnTekst, UITKOMST_NAMEN } from './teksten';

type Antwoord = SignalenSchemas['ConsensusantwoordGevenDto'];

const ROL_TEKST: Record<string, string> = { aanbieder: 'aanbieder', clientvertegenwoordiger: 'cliëntvertegenwoordiger' };

export function Consensusronde() {
  const { id = '', rondeId = '' } = useParams();
  const { clients, config, gebruiker } = useKoers();
  const actie = useActie();
  const [melding, setMelding] = useState<string | undefined>();
  const signaal = useLaden(() => roep('signalen', clients.signalen.GET('/signalen/{id}', { params: { path: { id } } })), [id, clients]);
  if (signaal.status === 'laden') return <Laden wat="De ronde" />;
  if (signaal.status === 'fout') return <Foutmelding fout={signaal.fout} opnieuw={signaal.opnieuw} />;
  const s = signaal.data;
  const ronde = s.consensusrondes.find((r) => r.id === rondeId);
  if (!ronde) return <NietGevonden detail="Dit signaal heeft geen ronde met dit nummer." />;
  const termijn = s.termijnen.find((t) => t.consensusrondeId === ronde.id);
  const eigen = gebruiker?.organisatie ? ronde.partijen.find((p) => p.organisatie === gebruiker.organisatie) : undefined;
  const magAntwoorden =
    ronde.uitkomst === 'open' && Boolean(eigen) && gebruiker !== undefined && heeftRol(gebruiker, ['aanbieder', 'clientvertegenwoordiger']) && !ronde.antwoorden.some((a) => a.organisatie === eigen?.organisatie);
  return (
    <>
      <Heading level={1}>
        Ronde {ronde.nummer}: {s.titel}
      </Heading>
      <Paragraph>
        Terug naar <AppLink naar={`/signalen/${s.id}`}>het signaal</AppLink>.
      </Paragraph>
      <Paragraph>In een ronde vraagt de gemeente wat u van het signaal vindt. Bent u het eens? Dan zegt u dat. Bent u het niet eens? Zeg dan ook waarom.</Paragraph>
      {melding ? <Paragraph role="status">{melding}</Paragraph> : <div role="status" />}
      <Paragraph>
        {UITKOMST_NAMEN[ronde.uitkomst] ?? ronde.uitkomst}. Gevraagd op {datum(ronde.gevraagdOp)}
        {ronde.afgeslotenOp ? `, klaar op ${datum(ronde.afgeslotenOp)}` : ''}.
        {termijn ? (
          <>
            {' '}
            Antwoorden vóór <span className={termijn.verstreken ? 'koers-te-laat' : undefined}>{termijnTekst(termijn.uiterlijk, termijn.verstreken)}</span>.
          </>
        ) : null}
      </Paragraph>
      <Heading level={2}>Antwoorden</Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Partij</TableHeaderCell>
            <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
            <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
            <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ronde.partijen.map((partij) => {
            const antwoord = ronde.antwoorden.find((a) => a.organisatie === partij.organisatie);
            return (
              <TableRow key={partij.organisatie}>
                <TableCell>
                  {organisatieNaam(config, partij.organisatie)} ({ROL_TEKST[partij.rol] ?? partij.rol})
                </TableCell>
                <TableCell>{antwoord ? (STANDPUNT_NAMEN[antwoord.standpunt] ?? antwoord.standpunt) : 'Nog geen antwoord'}</TableCell>
                <TableCell>{antwoord ? [antwoord.aanvulling, ...antwoord.redenen].filter(Boolean).join(' ') : ''}</TableCell>
                <TableCell>{antwoord ? datumTijd(antwoord.gegevenOp) : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {magAntwoorden ? (
        <AntwoordFormulier
          bezig={actie.bezig}
          fout={actie.fout}
          geven={async (antwoord) => {
            const gelukt = await actie.voer(() =>
              roep(
                'signalen',
                clients.signalen.POST('/signalen/{id}/consensusrondes/{rondeId}/antwoorden', {
                  params: { path: { id: s.id, rondeId: ronde.id }, header: { 'Idempotency-Key': nieuweSleutel() } },
                  body: antwoord,
                }),
              ),
            );
            if (gelukt) {
              setMelding('Uw antwoord is opgeslagen.');
              signaal.opnieuw();
            }
          }}
        />
      ) : eigen && ronde.uitkomst === 'open' ? (
        <Paragraph>Uw organisatie heeft al geantwoord. Meer hoeft u niet te doen.</Paragraph>
      ) : null}
    </>
  );
}

/** Answering as a party: agree, agree with an addition, or disagree with at least one reason (one per line). */
export function AntwoordFormulier({ geven, bezig, fout }: { geven(antwoord: Antwoord): Promise<void>; bezig: boolean; fout?: KoersFout }) {
  const [standpunt, setStandpunt] = useState<Antwoord['standpunt']>('eens');
  const [aanvulling, setAanvulling] = useState('');
  const [redenen, setRedenen] = useState('');
  return (
    <form
      className="koers-formulier"
      aria-label="Uw antwoord"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void geven({
          standpunt,
          ...(standpunt === 'eens_met_aanvulling' ? { aanvulling: aanvulling.trim() } : {}),
          ...(standpunt === 'oneens' ? { redenen: redenen.split('\n').map((r) => r.trim()).filter(Boolean) } : {}),
        });
      }}
    >
      <Heading level={2}>Uw antwoord</Heading>
      <KeuzeVeld
        verplicht
        label="Bent u het eens met het signaal en het dossier?"
        naam="standpunt"
        waarde={standpunt}
        wijzig={(w) => setStandpunt(w as Antwoord['standpunt'])}
        fout={veldfout(fout, 'standpunt')}
        opties={Object.entries(STANDPUNT_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))}
      />
      {standpunt === 'eens_met_aanvulling' ? <TekstvakVeld verplicht label="Uw aanvulling" naam="aanvulling" waarde={aanvulling} wijzig={setAanvulling} fout={veldfout(fout, 'aanvulling')} /> : null}
      {standpunt === 'oneens' ? <TekstvakVeld verplicht label="Waarom bent u het oneens?" naam="redenen" waarde={redenen} wijzig={setRedenen} fout={veldfout(fout, 'redenen')} uitleg="Eén reden per regel. Geef er minstens één." /> : null}
      <Formulierfout fout={fout} velden={['standpunt', 'aanvulling', 'redenen']} />
      <Button type="submit" purpose="primary" busy={bezig}>
        Antwoord geven
      </Button>
    </form>
  );
}
