/** Both spellings of a word's first letter: "mevrouw" at a sentence's start is "Mevrouw". */
const metHoofdletter = (woord: string) => `[${woord[0]}${woord[0].toUpperCase()}]${woord.slice(1)}`;

const AANSPREEKVORMEN = ['mevrouw', 'mevr\\.?', 'mw\\.', 'meneer', 'mijnheer', 'heer', 'dhr\\.', 'juffrouw', 'juf', 'meester'];
const FAMILIEBANDEN = [
  'zoon(?:tje)?', 'dochter(?:tje)?', 'moeder', 'vader', 'mama', 'papa', 'broer(?:tje)?', 'zus(?:je)?', 'zuster', 'oma', 'opa',
  'tante', 'oom', 'neef(?:je)?', 'nicht(?:je)?', 'kind(?:je)?', 'baby', 'jongen', 'meisje', 'jongere', 'cliënte?', 'cliente?',
  'pleeg(?:zoon|dochter|kind|moeder|vader|ouder)', 'stief(?:zoon|dochter|kind|moeder|vader)', 'groot(?:moeder|vader)', 'klein(?:zoon|dochter|kind)',
];
const TUSSENVOEGSELS = ['van', 'de', 'der', 'den', 'ter', 'ten', "'t", "d'"];
/** Capitalised words that follow these words in policy text without being a name ("Het Kind Centraal"). */
const GEEN_NAAM = ['Centraal', 'Centrum', 'Centra'];

/**
 * A salutation or kinship word followed by a capitalised name, with initials and tussenvoegsels
 * ("mevrouw Jansen", "zoon Pieter", "de heer De Vries", "dhr. P. van den Berg"). A capitalised word
 * is a name only there: place and organisation names elsewhere ("de gemeente Weert") are not people.
 */
export const NAAM_NA_AANSPREEKVORM = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...AANSPREEKVORMEN, ...FAMILIEBANDEN].map(metHoofdletter).join('|')}) ` +
    String.raw`(?:\p{Lu}\. ?){0,4}(?:(?:${TUSSENVOEGSELS.map(metHoofdletter).join('|')}) ){0,3}` +
    String.raw`(?!(?:${GEEN_NAAM.join('|')})(?![\p{L}]))\p{Lu}\p{Ll}[\p{L}'-]*`,
  'u',
);
