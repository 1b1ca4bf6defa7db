import { magIndienen } from './signaal.rules';

describe('signaal rules: who may submit from which source', () => {
  it.each([
    [['aanbieder'], 'partnerverzoek', true],
    [['clientvertegenwoordiger'], 'partnerverzoek', true],
    [['gemeente'], 'contractdoel', true],
    [['gemeente'], 'beleidsinformatie', true],
    [['gemeente'], 'partnerverzoek', false],
    [['aanbieder'], 'contractdoel', false],
    [['aanbieder'], 'beleidsinformatie', false],
    [['jurist'], 'partnerverzoek', false],
    [['beheerder'], 'contractdoel', false],
  ] as const)('%j with bron %s → %s', (rollen, bron, expected) => {
    expect(magIndienen(rollen, bron)).toBe(expected);
  });
});
