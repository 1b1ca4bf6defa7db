import { Paragraph } from '@utrecht/component-library-react';

/** Previous / next for a list the API pages: `totaal` is the API's count of every item. */
export function Paginering({ pagina, totaal, grootte, naar }: { pagina: number; totaal: number; grootte: number; naar: (pagina: number) => void }) {
  const paginas = Math.max(1, Math.ceil(totaal / grootte));
  return (
    <nav aria-label="Pagina's" className="koers-paginering">
      <Paragraph>
        Pagina {pagina} van {paginas}.{' '}
        {pagina > 1 ? (
          <button type="button" className="nl-button nl-button--secondary" onClick={() => naar(pagina - 1)}>
            Vorige pagina
          </button>
        ) : null}{' '}
        {pagina < paginas ? (
          <button type="button" className="nl-button nl-button--secondary" onClick={() => naar(pagina + 1)}>
            Volgende pagina
          </button>
        ) : null}
      </Paragraph>
    </nav>
  );
}
