import type { EntityManager } from 'typeorm';
import type { RegioScope } from './tenant-scope';

/** `<alias>.regio` limited to the scope's regions. Made by `inRegio`, filled in by `regioSql`. */
export class RegioFilter {
  protected readonly soort = 'regiofilter';
  constructor(readonly kolom: string) {}
}

/** SQL text taken as it is: schema, table and column names — never a value. */
export class Ruw {
  protected readonly soort = 'ruw';
  constructor(readonly tekst: string) {}
}

/** A piece of SQL with its values, to be put inside a region-scoped query (numbering is done there). */
export class SqlStuk {
  constructor(
    readonly tekst: readonly string[],
    readonly delen: readonly unknown[],
  ) {}
}

/** The region filter on `alias.regio` (or `regio` without an alias). */
export function inRegio(alias?: string): RegioFilter {
  return new RegioFilter(alias ? `${alias}.regio` : 'regio');
}

/** `"schema".tabel`. */
export function tabel(schema: string, naam: string): Ruw {
  return new Ruw(`"${schema}".${naam}`);
}

/** A piece of SQL for inside a region-scoped query: values become parameters. */
export function sql(tekst: TemplateStringsArray, ...delen: unknown[]): SqlStuk {
  return new SqlStuk([...tekst], delen);
}

/** Compiles only when one of the parts is a RegioFilter (any-typed values defeat it: type them). */
type MetRegiofilter<T extends readonly unknown[]> = [Extract<T[number], RegioFilter>] extends [never]
  ? ['een tenantquery heeft inRegio(...) nodig']
  : unknown;

/** A query that reads tenant data, rendered for PostgreSQL: `$n` parameters in `waarden`. */
export class RegioQuery {
  constructor(
    readonly tekst: string,
    readonly waarden: unknown[],
  ) {}

  /** The rows of a SELECT (for writes through a pg client, use `tekst` and `waarden`). */
  lees<R>(manager: EntityManager): Promise<R[]> {
    return manager.query(this.tekst, this.waarden);
  }
}

/**
 * Raw SQL over tenant tables, scoped to the caller's regions: the scope is a required argument and
 * the query does not compile without an `${inRegio(alias)}` in it, which renders as
 * `alias.regio = ANY($n)` with the scope's regions. Values interpolated become parameters;
 * names go in through `tabel` (or a `Ruw`), pieces through `sql`.
 *
 *   regioSql(tenant)`SELECT id FROM ${tabel(s, 'signaal')} s WHERE ${inRegio('s')} AND s.trend_sleutel = ${sleutel}`
 */
export function regioSql(scope: RegioScope) {
  return <T extends unknown[]>(tekst: TemplateStringsArray, ...delen: T & MetRegiofilter<T>): RegioQuery => {
    const waarden: unknown[] = [];
    const render = (stukken: readonly string[], onderdelen: readonly unknown[]): string =>
      stukken.reduce((uit, stuk, i) => {
        if (i === 0) return stuk;
        const deel = onderdelen[i - 1];
        return uit + renderDeel(deel) + stuk;
      }, '');
    const renderDeel = (deel: unknown): string => {
      if (deel instanceof Ruw) return deel.tekst;
      if (deel instanceof SqlStuk) return render(deel.tekst, deel.delen);
      if (deel instanceof RegioFilter) {
        waarden.push([...scope.regios]);
        return `${deel.kolom} = ANY($${waarden.length}::text[])`;
      }
      waarden.push(deel);
      return `$${waarden.length}`;
    };
    return new RegioQuery(render([...tekst], delen), waarden);
  };
}
