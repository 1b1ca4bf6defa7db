import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { lijst, PaginaQuery, waarOfOnwaar } from '@koers/http';
import { TAFEL_STATUSSEN, TafelStatus } from '../tafel.rules';

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
