import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { InvalidInputException, InvalidParam } from './problem';
import { koersValidationPipe } from './validation';

class Adres {
  @IsString() @Length(2, 100) plaats: string;
}

class Aanvraag {
  @IsString() @Length(3, 200) titel: string;
  @IsIn(['beleidsinformatie', 'partnerverzoek']) bron: string;
  @IsArray() @ArrayMaxSize(2) @Matches(/^GM\d{4}$/, { each: true }) gemeenten: string[];
  @IsOptional() @Matches(/^[a-z-]+$/, { message: 'indicator is een code als wachttijd-jeugd-ggz' }) indicator?: string;
  @IsOptional() @IsUUID() signaalId?: string;
  @IsOptional() @ValidateNested() @Type(() => Adres) adres?: Adres;
}

class Pagina {
  @Type(() => Number) @IsInt() @Min(1) @Max(100) paginaGrootte: number;
}

async function refusal(metatype: Function, value: unknown, type: 'body' | 'query' = 'body'): Promise<InvalidParam[]> {
  try {
    await koersValidationPipe().transform(value, { type, metatype: metatype as new () => unknown });
  } catch (error) {
    if (error instanceof InvalidInputException) return (error.toProblem().invalidParams as InvalidParam[]);
    throw error;
  }
  throw new Error('accepted');
}

const reasons = (params: InvalidParam[]) => Object.fromEntries(params.map((p) => [`${p.name} ${p.code}`, p.reason]));

describe('koersValidationPipe', () => {
  const geldig = { titel: 'Wachttijd loopt op', bron: 'partnerverzoek', gemeenten: ['GM0988'] };

  it('names each field and gives a Dutch reason with the rule\'s own numbers and values', async () => {
    expect(reasons(await refusal(Aanvraag, { titel: 7, bron: 'radio', gemeenten: ['GM0988', 'GM0946', 'Weert'] }))).toEqual({
      'titel isString': 'titel moet tekst zijn',
      'titel isLength': 'titel moet 3 tot en met 200 tekens lang zijn',
      'bron isIn': 'bron moet een van deze waarden zijn: beleidsinformatie, partnerverzoek',
      'gemeenten arrayMaxSize': 'gemeenten mag niet meer dan 2 waarden bevatten',
      'gemeenten matches': 'elke waarde in gemeenten heeft niet de verwachte vorm',
    });
  });

  it('keeps a message the DTO gives itself', async () => {
    expect(await refusal(Aanvraag, { ...geldig, indicator: 'Wachttijd' })).toEqual([
      { name: 'indicator', code: 'matches', reason: 'indicator is een code als wachttijd-jeugd-ggz' },
    ]);
  });

  it('names a nested field by its path, and an unknown field as unknown', async () => {
    expect(await refusal(Aanvraag, { ...geldig, adres: { plaats: 'W' }, signaalId: 'abc', kleur: 'rood' })).toEqual([
      { name: 'kleur', code: 'onbekend-veld', reason: 'kleur is geen bekend veld' },
      { name: 'signaalId', code: 'isUuid', reason: 'signaalId moet een UUID zijn' },
      { name: 'adres.plaats', code: 'isLength', reason: 'adres.plaats moet 2 tot en met 100 tekens lang zijn' },
    ]);
  });

  it('refuses query values in Dutch too', async () => {
    expect(reasons(await refusal(Pagina, { paginaGrootte: '1000' }, 'query'))).toEqual({ 'paginaGrootte max': 'paginaGrootte mag niet meer dan 100 zijn' });
    expect(reasons(await refusal(Pagina, { paginaGrootte: 'veel' }, 'query'))).toEqual({
      'paginaGrootte isInt': 'paginaGrootte moet een geheel getal zijn',
      'paginaGrootte min': 'paginaGrootte moet 1 of meer zijn',
      'paginaGrootte max': 'paginaGrootte mag niet meer dan 100 zijn',
    });
  });

  it('says in Dutch that a nested object is missing its shape', async () => {
    expect(await refusal(Aanvraag, { ...geldig, adres: 'Weert' })).toEqual([
      { name: 'adres', code: 'nestedValidation', reason: 'adres moet een object of een lijst van objecten zijn' },
    ]);
  });
});
