import { dagoverzicht, GecategoriseerdBericht, losseEmail } from './email.opmaak';

const PORTAAL = 'https://portaal.koers.example';

const signaal: GecategoriseerdBericht = {
  categorie: 'signalen',
  titel: 'Nieuw signaal: Wachttijd <loopt> op',
  tekst: 'Er is een nieuw signaal binnengekomen over Weert. Lees het signaal en bepaal of uw gemeente het oppakt.',
  link: '/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10',
  actie: 'Bekijk het signaal',
};

const trend: GecategoriseerdBericht = {
  categorie: 'trendalerts',
  titel: 'Cijfers wijken af van de koers: Jongeren met jeugdhulp met verblijf',
  tekst: "De cijfers over 'jongeren met jeugdhulp met verblijf' in Weert gaan een andere kant op dan afgesproken.",
  link: '/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988',
  actie: 'Bekijk de cijfers',
};

describe('losseEmail', () => {
  const mail = losseEmail(signaal, PORTAAL);

  it('uses the message title as subject', () => {
    expect(mail.onderwerp).toBe('Nieuw signaal: Wachttijd <loopt> op');
  });

  it('tells what happened, what the reader can do, and links to the record in the portal', () => {
    expect(mail.tekst).toContain(signaal.tekst);
    expect(mail.tekst).toContain('Bekijk het signaal: https://portaal.koers.example/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10');
  });

  it('says why the reader gets it and where to choose daily or no e-mail, naming the category in words', () => {
    expect(mail.tekst).toContain('e-mail over nieuwe signalen liever één keer per dag, of helemaal niet');
    expect(mail.tekst).toContain('https://portaal.koers.example/instellingen/e-mail');
  });

  it('escapes everything it puts in the HTML', () => {
    expect(mail.html).toContain('<a href="https://portaal.koers.example/signalen/6f1c1f5e-3c52-4a4e-9a53-2f7d2b9d6a10">Bekijk het signaal</a>');
    const metQuery = losseEmail(trend, PORTAAL).html;
    expect(metQuery).toContain('href="https://portaal.koers.example/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&amp;gemeente=GM0988"');
    expect(metQuery).toContain('over &#39;jongeren met jeugdhulp met verblijf&#39; in Weert');
    expect(losseEmail({ ...signaal, tekst: '<script>alert(1)</script>' }, PORTAAL).html).not.toContain('<script>');
  });
});

describe('dagoverzicht', () => {
  it('gathers several messages in one e-mail, numbered, each with its own link', () => {
    const mail = dagoverzicht([signaal, trend], PORTAAL);
    expect(mail.onderwerp).toBe('Uw dagoverzicht van Koers: 2 nieuwe berichten');
    expect(mail.tekst).toContain('Er zijn 2 nieuwe berichten voor u in Koers.');
    expect(mail.tekst).toContain(`1. ${signaal.titel}`);
    expect(mail.tekst).toContain(`2. ${trend.titel}`);
    expect(mail.tekst).toContain('Bekijk de cijfers: https://portaal.koers.example/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988');
    expect(mail.html.match(/<li>/g)).toHaveLength(2);
    expect(mail.html).toContain('Wachttijd &lt;loopt&gt; op');
  });

  it('speaks of one message in the singular', () => {
    const mail = dagoverzicht([trend], PORTAAL);
    expect(mail.onderwerp).toBe('Uw dagoverzicht van Koers: 1 nieuw bericht');
    expect(mail.tekst).toContain('Er is 1 nieuw bericht voor u in Koers.');
  });
});
