/**
 * A LIKE pattern that finds `zoek` anywhere in a text, without minding capitals: compare it with
 * `lower(kolom) LIKE :patroon` (backslash is PostgreSQL's default escape). `%` and `_` typed by a
 * user are searched for as themselves.
 */
export function bevatPatroon(zoek: string): string {
  return `%${zoek.trim().toLowerCase().replace(/[\\%_]/g, (teken) => `\\${teken}`)}%`;
}
