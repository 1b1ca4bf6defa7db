/**
 * The kinds of message a user can choose about, one per routing entry. The description finishes the
 * sentence "E-mail over ..." in the preferences and in the footer of every e-mail.
 */
export const CATEGORIEEN = {
  signalen: 'nieuwe signalen',
  consensus: 'vragen om uw mening over een signaal',
  tafels: 'de koerstafels waaraan u deelneemt, zoals een conceptverslag',
  toetsing: 'verzoeken om een pilot of een afspraak te toetsen',
  toestemming: 'ingetrokken toestemmingen',
  trendalerts: 'cijfers die afwijken van de koers',
  monitoring: 'de uitkomst van de monitoring van afspraken en pilots',
  beheer: 'berichten die Koers niet kon verwerken',
} as const;

export type Categorie = keyof typeof CATEGORIEEN;
export const CATEGORIE_NAMEN = Object.keys(CATEGORIEEN) as Categorie[];

export function isCategorie(value: string): value is Categorie {
  return Object.prototype.hasOwnProperty.call(CATEGORIEEN, value);
}
