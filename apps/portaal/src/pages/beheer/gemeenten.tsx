import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { nieuweSleutel } from '../../api/actie';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { regioNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { Foutmelding, GeenToegang, Laden } from '../../layout/meldingen';
import { GemeenteHernoemenFormulier, GemeenteToevoegenFormulier } from './formulieren';

/** The gemeenten of the beheerder's region as monitoring keeps them (the register every service reads). */
export function Gemeenten() {
  const { clients, config, regio } = useKoers();
  const gegevens = useLaden(() => roep('monitoring', clients.monitoring.GET('/regios/{regio}', { params: { path: { regio: regio ?? '' } } })), [regio, clients]);
  if (!regio) return <GeenToegang detail="Uw account hoort niet bij een regio." />;
  return (
    <>
      <Heading level={1}>Gemeenten van de regio</Heading>
      <Paragraph>
        Dit zijn de gemeenten van {regioNaam(config, regio)}. Alle onderdelen van Koers gebruiken deze lijst. Een wijziging gaat meteen naar alle onderdelen.
      </Paragraph>
      {gegevens.status === 'laden' ? <Laden wat="De gemeenten" /> : null}
      {gegevens.status === 'fout' ? <Foutmelding fout={gegevens.fout} opnieuw={gegevens.opnieuw} /> : null}
      {gegevens.status === 'klaar' ? (
        <>
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">De gemeenten</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Code</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {gegevens.data.gemeenten.map((gemeente) => (
                <tr key={gemeente.code} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{gemeente.naam}</td>
                  <td className="utrecht-table__cell">{gemeente.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <GemeenteToevoegenFormulier
            verstuur={async (gemeente) => {
              await roep('monitoring', clients.monitoring.POST('/regios/{regio}/gemeenten', { params: { path: { regio }, header: { 'Idempotency-Key': nieuweSleutel() } }, body: gemeente }));
              gegevens.ververs();
            }}
          />
          <GemeenteHernoemenFormulier
            gemeenten={gegevens.data.gemeenten}
            verstuur={async (code, naam) => {
              await roep('monitoring', clients.monitoring.PATCH('/regios/{regio}/gemeenten/{gemeente}', { params: { path: { regio, gemeente: code } }, body: { naam } }));
              gegevens.ververs();
            }}
          />
        </>
      ) : null}
    </>
  );
}
