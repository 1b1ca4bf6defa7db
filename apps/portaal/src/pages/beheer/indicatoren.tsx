import { useState } from 'react';
import { Code, Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { nieuweSleutel } from '../../api/actie';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { regioNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, GeenToegang, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { Herkomst, HERKOMSTEN, IndicatorFormulier, richtingTekst, Zoekfilter } from './formulieren';

const PAGINA_GROOTTE = 20;

/** What to do when the search or the choice of where they come from shows no indicators. */
export function geenIndicatoren({ zoek, herkomst }: { zoek: string; herkomst: Herkomst }): string {
  if (zoek) return `Er is geen indicator met ‘${zoek}’ in de naam of de code. Kijk of u het goed hebt getypt. Of maak het zoekveld leeg.`;
  if (herkomst === 'regio') return 'De regio heeft nog geen eigen indicatoren. Voeg hieronder een indicator toe. Of kies bij Van wie voor Landelijk en van de regio.';
  if (herkomst === 'landelijk') return 'Er zijn geen landelijke indicatoren. Kies bij Van wie voor Landelijk en van de regio.';
  return 'Er zijn nog geen indicatoren. Voeg hieronder een indicator toe.';
}

/**
 * Monitoring's indicator catalogue as the region uses it, paged and searched: the national indicators
 * (read-only) and the region's own, which the beheerder adds and changes. The code of an indicator never changes.
 */
export function Indicatoren() {
  const { clients, config, regio } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const zoek = zoekParams.get('zoek') ?? '';
  const gekozen = zoekParams.get('herkomst') ?? '';
  const herkomst: Herkomst = HERKOMSTEN.some((h) => h.waarde === gekozen) ? (gekozen as Herkomst) : '';
  const pagina = Math.max(1, Math.floor(Number(zoekParams.get('pagina') ?? 1)) || 1);
  const lijst = useLaden(
    () =>
      roep(
        'monitoring',
        clients.monitoring.GET('/regios/{regio}/indicatoren', {
          params: { path: { regio: regio ?? '' }, query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(zoek ? { zoek } : {}), ...(herkomst ? { herkomst } : {}) } },
        }),
      ),
    [clients, regio, zoek, herkomst, pagina],
  );
  // Changing one picks from all of the region's own, whatever page the list shows.
  const catalogus = useLaden(() => roep('monitoring', clients.monitoring.GET('/indicatoren')), [clients]);
  const [teWijzigenCode, setTeWijzigenCode] = useState('');
  const kies = (keuze: { zoek: string; herkomst: Herkomst; pagina?: number }) =>
    setZoekParams({
      ...(keuze.zoek ? { zoek: keuze.zoek } : {}),
      ...(keuze.herkomst ? { herkomst: keuze.herkomst } : {}),
      ...(keuze.pagina && keuze.pagina > 1 ? { pagina: String(keuze.pagina) } : {}),
    });
  const ververs = () => {
    lijst.ververs();
    catalogus.ververs();
  };
  if (!regio) return <GeenToegang detail="Uw account hoort niet bij een regio." />;
  const eigen = catalogus.status === 'klaar' ? catalogus.data.filter((indicator) => indicator.regio === regio) : [];
  const teWijzigen = eigen.find((indicator) => indicator.code === teWijzigenCode);
  return (
    <>
      <Heading level={1}>Indicatoren</Heading>
      <Paragraph>
        Met deze indicatoren volgt {regioNaam(config, regio)} de koers. De landelijke kunt u niet veranderen. Die van de regio zelf wel.
      </Paragraph>
      <Zoekfilter naam="Indicatoren zoeken" label="Zoek op naam of code" zoek={zoek} herkomst={herkomst} kies={kies} />
      {lijst.status === 'laden' ? <Laden wat="De indicatoren" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? <Paragraph>{geenIndicatoren({ zoek, herkomst })}</Paragraph> : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          <Paragraph>
            {lijst.data.totaal} {lijst.data.totaal === 1 ? 'indicator' : 'indicatoren'} gevonden.
          </Paragraph>
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">De indicatoren van de regio</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Code</th>
                <th className="utrecht-table__header-cell" scope="col">Eenheid</th>
                <th className="utrecht-table__header-cell" scope="col">Wat is beter?</th>
                <th className="utrecht-table__header-cell" scope="col">Bron</th>
                <th className="utrecht-table__header-cell" scope="col">Van wie</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lijst.data.items.map((indicator) => (
                <tr key={`${indicator.regio ?? ''}/${indicator.code}`} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {indicator.naam}
                    <br />
                    <small>{indicator.definitie}</small>
                  </th>
                  <td className="utrecht-table__cell">
                    <Code>{indicator.code}</Code>
                  </td>
                  <td className="utrecht-table__cell">{indicator.eenheid}</td>
                  <td className="utrecht-table__cell">{richtingTekst(indicator.richting)}</td>
                  <td className="utrecht-table__cell">{indicator.bron}</td>
                  <td className="utrecht-table__cell">{indicator.regio ? 'De regio' : 'Landelijk'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ zoek, herkomst, pagina: nieuw })} />
        </>
      ) : null}
      <IndicatorFormulier
        verstuur={async ({ code, ...velden }) => {
          await roep('monitoring', clients.monitoring.POST('/indicatoren', { params: { header: { 'Idempotency-Key': nieuweSleutel() } }, body: { code, ...velden, regio } }));
          ververs();
        }}
      />
      <Heading level={2}>Een eigen indicator wijzigen</Heading>
      {catalogus.status === 'laden' ? <Laden wat="De eigen indicatoren" /> : null}
      {catalogus.status === 'fout' ? <Foutmelding fout={catalogus.fout} opnieuw={catalogus.opnieuw} /> : null}
      {catalogus.status === 'klaar' && eigen.length ? (
        <>
          <KeuzeVeld
            naam="indicator"
            label="Welke indicator?"
            filter
            waarde={teWijzigenCode}
            wijzig={setTeWijzigenCode}
            opties={[{ waarde: '', tekst: 'Kies…' }, ...eigen.map((i) => ({ waarde: i.code, tekst: `${i.naam} (${i.code})` }))]}
          />
          {teWijzigen ? (
            <IndicatorFormulier
              key={teWijzigen.code}
              bestaand={teWijzigen}
              verstuur={async ({ code, ...velden }) => {
                await roep('monitoring', clients.monitoring.PATCH('/indicatoren/{code}', { params: { path: { code } }, body: velden }));
                ververs();
              }}
            />
          ) : null}
        </>
      ) : null}
      {catalogus.status === 'klaar' && !eigen.length ? <Paragraph>De regio heeft nog geen eigen indicatoren. Voeg er hierboven een toe.</Paragraph> : null}
    </>
  );
}
