import { Categorie, CATEGORIEEN } from '../routering/categorieen';
import { PORTAAL } from '../routering/portaal';
import type { Bericht } from '../routering/route';

/** One e-mail as it goes out: a subject, plain text, and the same text as simple HTML. */
export interface EmailInhoud {
  onderwerp: string;
  tekst: string;
  html: string;
}

export interface GecategoriseerdBericht extends Bericht {
  categorie: Categorie;
}

/** Where people change their e-mail choices in the portal. */
export const VOORKEUREN_PAD = PORTAAL.emailInstellingen;

/**
 * One message, sent at once. The wording per kind of message comes from the routing table; this
 * frame adds the greeting, the link as a full address, and why the reader gets this e-mail.
 */
export function losseEmail(bericht: GecategoriseerdBericht, portaalUrl: string, { uitnodiging = false } = {}): EmailInhoud {
  const adres = `${portaalUrl}${bericht.link}`;
  const waarom = uitnodiging
    ? 'U krijgt deze e-mail omdat u aan deze koerstafel deelneemt. Uitnodigingen en afzeggingen voor een bijeenkomst krijgt u altijd meteen, met de afspraak voor uw agenda. Andere e-mail van Koers stelt u zelf in:'
    : `U krijgt deze e-mail omdat het over uw werk in Koers gaat. Wilt u e-mail over ${CATEGORIEEN[bericht.categorie]} liever één keer per dag, of helemaal niet? Dat stelt u zelf in:`;
  const instellingen = `${portaalUrl}${VOORKEUREN_PAD}`;
  return {
    onderwerp: bericht.titel,
    tekst: [
      'Beste collega,',
      '',
      bericht.tekst,
      '',
      `${bericht.actie}: ${adres}`,
      '',
      '--',
      `${waarom} ${instellingen}`,
    ].join('\n'),
    html: pagina([
      '<p>Beste collega,</p>',
      `<p>${escape(bericht.tekst)}</p>`,
      `<p><a href="${escape(adres)}">${escape(bericht.actie)}</a></p>`,
      `<hr><p><small>${escape(waarom)} <a href="${escape(instellingen)}">uw e-mailinstellingen</a></small></p>`,
    ]),
  };
}

/** Everything of one day for one reader in one e-mail, oldest first. */
export function dagoverzicht(berichten: GecategoriseerdBericht[], portaalUrl: string): EmailInhoud {
  const aantal = berichten.length === 1 ? '1 nieuw bericht' : `${berichten.length} nieuwe berichten`;
  return overzicht(berichten, portaalUrl, {
    onderwerp: `Uw dagoverzicht van Koers: ${aantal}`,
    inleiding: `Er ${berichten.length === 1 ? 'is' : 'zijn'} ${aantal} voor u in Koers. U leest ze hieronder.`,
    waarom: 'U krijgt dit overzicht één keer per dag, omdat u dat zo heeft gekozen. Wilt u het anders? Dat stelt u zelf in:',
  });
}

/** At most this many messages are written out in a bundle; the inbox has them all. */
export const MAX_IN_BUNDEL = 50;

/**
 * What waited at the end of an hour with many messages of one category, in one e-mail, oldest
 * first; past MAX_IN_BUNDEL the rest is counted and found in the inbox.
 */
export function bundel(berichten: GecategoriseerdBericht[], portaalUrl: string, directPerUur: number, inboxPad: string): EmailInhoud {
  const categorie = CATEGORIEEN[berichten[0].categorie];
  const aantal = berichten.length === 1 ? '1 bericht' : `${berichten.length} berichten`;
  const getoond = berichten.slice(0, MAX_IN_BUNDEL);
  const meer = berichten.length - getoond.length;
  return overzicht(getoond, portaalUrl, {
    onderwerp: `Nog ${aantal} van Koers over ${categorie}`,
    inleiding:
      `Er kwamen het afgelopen uur veel berichten over ${categorie} voor u binnen. De eerste ${directPerUur} kreeg u meteen. ` +
      `${berichten.length === 1 ? 'Het bericht daarna staat' : `De ${berichten.length} berichten daarna staan`} hieronder bij elkaar, zodat uw mailbox niet volloopt.` +
      (meer ? ` Hier staan de eerste ${MAX_IN_BUNDEL}; de andere ${meer} leest u in uw berichten in Koers: ${portaalUrl}${inboxPad}` : ''),
    waarom: `U krijgt deze berichten samen, omdat er binnen een uur meer dan ${directPerUur} over ${categorie} voor u waren. Wilt u deze e-mail liever één keer per dag, of helemaal niet? Dat stelt u zelf in:`,
  });
}

/** A numbered list of messages in one e-mail, with an opening line and why the reader gets it. */
function overzicht(berichten: GecategoriseerdBericht[], portaalUrl: string, kader: { onderwerp: string; inleiding: string; waarom: string }): EmailInhoud {
  const { onderwerp, inleiding, waarom } = kader;
  const instellingen = `${portaalUrl}${VOORKEUREN_PAD}`;
  return {
    onderwerp,
    tekst: [
      'Beste collega,',
      '',
      inleiding,
      ...berichten.flatMap((bericht, i) => ['', `${i + 1}. ${bericht.titel}`, bericht.tekst, `${bericht.actie}: ${portaalUrl}${bericht.link}`]),
      '',
      '--',
      `${waarom} ${instellingen}`,
    ].join('\n'),
    html: pagina([
      '<p>Beste collega,</p>',
      `<p>${escape(inleiding)}</p>`,
      '<ol>',
      ...berichten.map(
        (bericht) =>
          `<li><p><strong>${escape(bericht.titel)}</strong><br>${escape(bericht.tekst)}<br>` +
          `<a href="${escape(`${portaalUrl}${bericht.link}`)}">${escape(bericht.actie)}</a></p></li>`,
      ),
      '</ol>',
      `<hr><p><small>${escape(waarom)} <a href="${escape(instellingen)}">uw e-mailinstellingen</a></small></p>`,
    ]),
  };
}

function pagina(body: string[]): string {
  return ['<!doctype html>', '<html lang="nl">', '<body>', ...body, '</body>', '</html>'].join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
