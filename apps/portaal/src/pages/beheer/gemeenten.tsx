import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { nieuweSleutel } from '../../api/actie';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { regioNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { Foutmelding, GeenToegang, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { GemeenteHernoemenFormulier, GemeenteToevoegenFormulier, Zoekfilter } from './formulieren';

const PAGINA_GROOTTE = 20;

/** What to do when the region, or the search, shows no gemeenten. */
export function geenGemeenten(zoek: string): string {
  return zoek
    ? `Er is geen gemeente met ‘${zoek}’ in de naam of de code. Kijk of u het goed hebt getypt. Of maak het zoekveld leeg om alle gemeenten te zien.`
    : 'De regio heeft nog geen gemeenten. Voeg hieronder een gemeente toe met haar code van het CBS.';
}

/**
 * The gemeenten of the beheerder's region as monitoring keeps them (the register every service reads),
 * paged and searched; renaming picks from the whole register.
 */
export function Gemeenten() {
  const { clients, config, regio } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const zoek = zoekParams.get('zoek') ?? '';
  const pagina = Math.max(1, Math.floor(Number(zoekParams.get('pagina') ?? 1)) || 1);
  const lijst = useLaden(
    () =>
      roep(
        'monitoring',
        clients.monitoring.GET('/regios/{regio}/gemeenten', { params: { path: { regio: regio ?? '' }, query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(zoek ? { zoek } : {}) } } }),
      ),
    [regio, clients, zoek, pagina],
  );
  const register = useLaden(() => roep('monitoring', clients.monitoring.GET('/regios/{regio}', { params: { path: { regio: regio ?? '' } } })), [regio, clients]);
  const kies = (keuze: { zoek: string; pagina?: number }) =>
    setZoekParams({ ...(keuze.zoek ? { zoek: keuze.zoek } : {}), ...(keuze.pagina && keuze.pagina > 1 ? { pagina: String(keuze.pagina) } : {}) });
  const ververs = () => {
    lijst.ververs();
    register.ververs();
  };
  if (!regio) return <GeenToegang detail="Uw account hoort niet bij een regio." />;
  return (
    <>
      <Heading level={1}>Gemeenten van de regio</Heading>
      <Paragraph>
        Dit zijn de gemeenten van {regioNaam(config, regio)}. Alle onderdelen van Koers gebruiken deze lijst. Een wijziging gaat meteen naar alle onderdelen.
      </Paragraph>
      <Zoekfilter naam="Gemeenten zoeken" label="Zoek op naam of code" zoek={zoek} kies={(nieuw) => kies({ zoek: nieuw.zoek })} />
      {lijst.status === 'laden' ? <Laden wat="De gemeenten" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? <Paragraph>{geenGemeenten(zoek)}</Paragraph> : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          <Paragraph>
            {lijst.data.totaal} {lijst.data.totaal === 1 ? 'gemeente' : 'gemeenten'} gevonden.
          </Paragraph>
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">De gemeenten</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Code</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lijst.data.items.map((gemeente) => (
                <tr key={gemeente.code} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{gemeente.naam}</td>
                  <td className="utrecht-table__cell">{gemeente.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ zoek, pagina: nieuw })} />
        </>
      ) : null}
      <GemeenteToevoegenFormulier
        verstuur={async (gemeente) => {
          await roep('monitoring', clients.monitoring.POST('/regios/{regio}/gemeenten', { params: { path: { regio }, header: { 'Idempotency-Key': nieuweSleutel() } }, body: gemeente }));
          ververs();
        }}
      />
      {register.status === 'fout' ? <Foutmelding fout={register.fout} opnieuw={register.opnieuw} /> : null}
      {register.status === 'klaar' ? (
        <GemeenteHernoemenFormulier
          gemeenten={register.data.gemeenten}
          verstuur={async (code, naam) => {
            await roep('monitoring', clients.monitoring.PATCH('/regios/{regio}/gemeenten/{gemeente}', { params: { path: { regio, gemeente: code } }, body: { naam } }));
            ververs();
          }}
        />
      ) : null}
    </>
  );
}
