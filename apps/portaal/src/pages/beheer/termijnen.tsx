import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { regioNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { Foutmelding, GeenToegang, Laden } from '../../layout/meldingen';
import { datumTijd } from '../teksten';
import { TermijnenFormulier } from './formulieren';

/** The deadlines signalen counts for the region, in working days; a change applies to deadlines that start later. */
export function Termijnen() {
  const { clients, config, regio } = useKoers();
  const gegevens = useLaden(() => roep('signalen', clients.signalen.GET('/termijnen', { params: { query: { regio } } })), [regio, clients]);
  if (!regio) return <GeenToegang detail="Uw account hoort niet bij een regio." />;
  return (
    <>
      <Heading level={1}>Termijnen</Heading>
      <Paragraph>
        Zoveel werkdagen heeft men in {regioNaam(config, regio)} om te reageren. Weekend en feestdag tellen niet mee. Past u het aan? Dan geldt dat voor wat nu begint. Wat al loopt, blijft zoals het was.
      </Paragraph>
      {gegevens.status === 'laden' ? <Laden wat="De termijnen" /> : null}
      {gegevens.status === 'fout' ? <Foutmelding fout={gegevens.fout} opnieuw={gegevens.opnieuw} /> : null}
      {gegevens.status === 'klaar' ? (
        <>
          <dl className="koers-gegevens">
            <dt>Een signaal oppakken</dt>
            <dd>{gegevens.data.opnemenWerkdagen} werkdagen</dd>
            <dt>Een consensusronde beantwoorden</dt>
            <dd>{gegevens.data.beantwoordenWerkdagen} werkdagen</dd>
          </dl>
          <Paragraph>{gegevens.data.gewijzigdOp ? `Laatst gewijzigd op ${datumTijd(gegevens.data.gewijzigdOp)}.` : 'De regio gebruikt de standaardtermijnen.'}</Paragraph>
          <TermijnenFormulier
            huidig={gegevens.data}
            verstuur={async (termijnen) => {
              await roep('signalen', clients.signalen.PUT('/termijnen', { body: { ...termijnen, regio } }));
              gegevens.ververs();
            }}
          />
        </>
      ) : null}
    </>
  );
}
