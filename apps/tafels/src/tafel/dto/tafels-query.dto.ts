import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginaQuery } from '@koers/http';
import { TAFEL_STATUSSEN, TafelStatus } from '../tafel.rules';

/** `?status=a,b` and `?status=a&status=b` both mean "a or b". */
export const lijst = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

/** `true` and `false` in a query string are text; anything else is left for the validator to name. */
export const waarOfOnwaar = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class TafelsQuery extends PaginaQuery {
  @ApiPropertyOptional({ enum: TAFEL_STATUSSEN, isArray: true, description: 'Eén of meer statussen, komma-gescheiden' })
  @IsOptional()
  @Transform(lijst)
  @ArrayMaxSize(TAFEL_STATUSSEN.length)
  @IsIn(TAFEL_STATUSSEN, { each: true })
  status?: TafelStatus[];

  @ApiPropertyOptional({
    description:
      'true: alleen de tafels waar de aanroeper aan meedoet: als behandelaar, als deelnemer, of zijn organisatie zit aan tafel; false of weggelaten: alle tafels van de regio',
  })
  @IsOptional()
  @Transform(waarOfOnwaar)
  @IsBoolean({ message: 'betrokken is true of false' })
  betrokken?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Alleen de tafel die op dit signaal is gestart, of die het meenam als samengevoegd signaal' })
  @IsOptional()
  @IsUUID()
  signaal?: string;
}
