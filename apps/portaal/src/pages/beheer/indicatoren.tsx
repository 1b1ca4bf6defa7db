import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { nieuweSleutel } from '../../api/actie';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { regioNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, GeenToegang, Laden } from '../../layout/meldingen';
import { IndicatorFormulier, richtingTekst } from './formulieren';

/**
 * Monitoring's indicator catalogue as the region uses it: the national indicators (read-only) and the
 * region's own, which the beheerder adds and changes. The code of an indicator never changes.
 */
export function Indicatoren() {
  const { clients, config, regio } = useKoers();
  const gegevens = useLaden(() => roep('monitoring', clients.monitoring.GET('/indicatoren')), [clients]);
  const [gekozen, setGekozen] = useState('');
  if (!regio) return <GeenToegang detail="Uw account hoort niet bij een regio." />;
  const lijst = gegevens.status === 'klaar' ? gegevens.data.filter((indicator) => !indicator.regio || indicator.regio === regio) : [];
  const eigen = lijst.filter((indicator) => indicator.regio === regio);
  const teWijzigen = eigen.find((indicator) => indicator.code === gekozen);
  return (
    <>
      <Heading level={1}>Indicatoren</Heading>
      <Paragraph>
        Met deze indicatoren meet {regioNaam(config, regio)} de koers. De landelijke indicatoren kunt u niet wijzigen. De eigen indicatoren van de regio wel.
      </Paragraph>
      {gegevens.status === 'laden' ? <Laden wat="De indicatoren" /> : null}
      {gegevens.status === 'fout' ? <Foutmelding fout={gegevens.fout} opnieuw={gegevens.opnieuw} /> : null}
      {gegevens.status === 'klaar' ? (
        <>
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">De indicatoren van de regio</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Code</th>
                <th className="utrecht-table__header-cell" scope="col">Eenheid</th>
                <th className="utrecht-table__header-cell" scope="col">Goede ontwikkeling</th>
                <th className="utrecht-table__header-cell" scope="col">Bron</th>
                <th className="utrecht-table__header-cell" scope="col">Van wie</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lijst.map((indicator) => (
                <tr key={indicator.code} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {indicator.naam}
                    <br />
                    <small>{indicator.definitie}</small>
                  </th>
                  <td className="utrecht-table__cell">{indicator.code}</td>
                  <td className="utrecht-table__cell">{indicator.eenheid}</td>
                  <td className="utrecht-table__cell">{richtingTekst(indicator.richting)}</td>
                  <td className="utrecht-table__cell">{indicator.bron}</td>
                  <td className="utrecht-table__cell">{indicator.regio ? 'De regio' : 'Landelijk'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <IndicatorFormulier
            verstuur={async ({ code, ...velden }) => {
              await roep('monitoring', clients.monitoring.POST('/indicatoren', { params: { header: { 'Idempotency-Key': nieuweSleutel() } }, body: { code, ...velden, regio } }));
              gegevens.ververs();
            }}
          />
          <Heading level={2}>Een eigen indicator wijzigen</Heading>
          {eigen.length ? (
            <>
              <KeuzeVeld naam="indicator" label="Welke indicator?" filter waarde={gekozen} wijzig={setGekozen} opties={[{ waarde: '', tekst: 'Kies…' }, ...eigen.map((i) => ({ waarde: i.code, tekst: `${i.naam} (${i.code})` }))]} />
              {teWijzigen ? (
                <IndicatorFormulier
                  key={teWijzigen.code}
                  bestaand={teWijzigen}
                  verstuur={async ({ code, ...velden }) => {
                    await roep('monitoring', clients.monitoring.PATCH('/indicatoren/{code}', { params: { path: { code } }, body: velden }));
                    gegevens.ververs();
                  }}
                />
              ) : null}
            </>
          ) : (
            <Paragraph>De regio heeft nog geen eigen indicatoren.</Paragraph>
          )}
        </>
      ) : null}
    </>
  );
}
