/** How a user wants e-mail about one category; the inbox always gets every message. */
export const KEUZES = ['direct', 'dagelijks', 'uit'] as const;
export type Keuze = (typeof KEUZES)[number];

/** Without a choice of their own, people hear of everything that concerns them at once. */
export const STANDAARD_KEUZE: Keuze = 'direct';

export const KEUZE_UITLEG: Readonly<Record<Keuze, string>> = {
  direct: 'een e-mail zodra er iets is',
  dagelijks: 'één e-mail per dag met alles bij elkaar',
  uit: 'geen e-mail; u ziet het alleen in uw berichten in Koers',
};
