/** The elfproef of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros). */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers) || /^0+$/.test(cijfers)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(cijfers[i]);
  som -= Number(cijfers[8]);
  return som % 11 === 0;
}

/** ISO 13616: the country code and check digits moved to the end, letters as 10–35, the number mod 97 is 1. */
export function isIban(tekst: string): boolean {
  const iban = tekst.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const cijfers = [...(iban.slice(4) + iban.slice(0, 4))].map((teken) => parseInt(teken, 36)).join('');
  let rest = 0;
  for (const cijfer of cijfers) rest = (rest * 10 + Number(cijfer)) % 97;
  return rest === 1;
}
