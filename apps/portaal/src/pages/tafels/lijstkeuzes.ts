/**
 * The choices of a paged list with a status and "only where I take part", kept in the URL: a
 * `betrokken` the same as the role's default is left out, so a plain link opens the default.
 */
export interface Lijstkeuzes {
  pagina: number;
  status: string;
  betrokken: boolean;
}

export function leesKeuzes(zoekParams: URLSearchParams, standaardBetrokken: boolean, statussen: readonly string[]): Lijstkeuzes {
  const status = zoekParams.get('status') ?? '';
  return {
    pagina: Math.max(1, Math.floor(Number(zoekParams.get('pagina') ?? 1)) || 1),
    status: statussen.includes(status) ? status : '',
    betrokken: zoekParams.has('betrokken') ? zoekParams.get('betrokken') === 'true' : standaardBetrokken,
  };
}

/** New filters start at the first page. */
export function zoekParamsVan(keuzes: Lijstkeuzes, standaardBetrokken: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (keuzes.status) params.set('status', keuzes.status);
  if (keuzes.betrokken !== standaardBetrokken) params.set('betrokken', String(keuzes.betrokken));
  if (keuzes.pagina > 1) params.set('pagina', String(keuzes.pagina));
  return params;
}
