import { inRegio, regioSql, sql, tabel } from './regio-sql';

const MLW = { regios: ['midden-limburg-west'] };

describe('regioSql', () => {
  it('renders the region filter with the scope\'s regions as a parameter, values as parameters, names as they are', () => {
    const q = regioSql({ regios: ['midden-limburg-west', 'flevoland'] })`SELECT id FROM ${tabel('signalen', 'signaal')} s WHERE ${inRegio('s')} AND s.trend_sleutel = ${'uitval/GM0988'}`;
    expect(q.tekst).toBe('SELECT id FROM "signalen".signaal s WHERE s.regio = ANY($1::text[]) AND s.trend_sleutel = $2');
    expect(q.waarden).toEqual([['midden-limburg-west', 'flevoland'], 'uitval/GM0988']);
  });

  it('numbers the values of nested pieces and of every region filter in order', () => {
    const filter = sql`a.status = ${'mislukt'} AND a.aangemaakt_op >= ${'2026-01-01'}`;
    const q = regioSql(MLW)`UPDATE t a SET x = ${1} WHERE ${inRegio('a')} AND ${filter} AND EXISTS (SELECT 1 FROM u WHERE ${inRegio('u')})`;
    expect(q.tekst).toBe('UPDATE t a SET x = $1 WHERE a.regio = ANY($2::text[]) AND a.status = $3 AND a.aangemaakt_op >= $4 AND EXISTS (SELECT 1 FROM u WHERE u.regio = ANY($5::text[]))');
    expect(q.waarden).toEqual([1, ['midden-limburg-west'], 'mislukt', '2026-01-01', ['midden-limburg-west']]);
  });

  it('refuses at compile time a query without the region filter, and one without a scope (checked by tsc, never run)', () => {
    const id = 'a1';
    const typen = () => {
    // @ts-expect-error a tenant query without inRegio(...) does not compile
    void regioSql(MLW)`SELECT id FROM signaal s WHERE s.id = ${id}`;
    // @ts-expect-error nor does one without interpolations at all
    void regioSql(MLW)`SELECT id FROM signaal`;
    // @ts-expect-error the scope is required
    void regioSql()`SELECT id FROM signaal s WHERE ${inRegio('s')}`;
    // @ts-expect-error a string that reads like the filter is a value (a parameter), never the filter
    void regioSql(MLW)`SELECT id FROM signaal s WHERE ${'s.regio = s.regio'}`;
    };
    expect(typen).toEqual(expect.any(Function));
  });
});
