import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GEMEENTECODE_PATTERN, INDICATORCODE_PATTERN, REGIO_PATTERN, SIGNAAL_BRONNEN, SignaalBron } from '@koers/contracts';
import { lijst, PaginaQuery, waarOfOnwaar } from '@koers/http';
import { SIGNAAL_STATUSSEN, SignaalStatus } from '../signaal.rules';

export class SignalenQuery extends PaginaQuery {
  @ApiPropertyOptional({ enum: SIGNAAL_STATUSSEN, isArray: true, description: 'Eén of meer statussen, komma-gescheiden' })
  @IsOptional()
  @Transform(lijst)
  @ArrayMaxSize(SIGNAAL_STATUSSEN.length)
  @IsIn(SIGNAAL_STATUSSEN, { each: true })
  status?: SignaalStatus[];

  @ApiPropertyOptional({ enum: SIGNAAL_BRONNEN })
  @IsOptional()
  @IsIn(SIGNAAL_BRONNEN)
  bron?: SignaalBron;

  @ApiPropertyOptional({
    example: 'midden-limburg-west',
    description: 'Alleen de signalen van deze regio van de aanroeper (voor wie in meer regio’s werkt); een regio die niet de zijne is geeft een lege lijst',
  })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN), { message: 'regio is een code als midden-limburg-west' })
  regio?: string;

  @ApiPropertyOptional({ example: 'GM0988' })
  @IsOptional()
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { message: 'gemeente is een CBS-code als GM0988' })
  gemeente?: string;

  @ApiPropertyOptional({ example: 'wachttijd-start-jeugdhulp' })
  @IsOptional()
  @Matches(new RegExp(INDICATORCODE_PATTERN), { message: 'indicator is een code als wachttijd-start-jeugdhulp' })
  indicator?: string;

  @ApiPropertyOptional({ description: 'Zoekt in titel en omschrijving (Nederlandse woordvormen: "wachttijden" vindt ook "wachttijd")' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  zoek?: string;

  @ApiPropertyOptional({ description: 'true: alleen signalen met een verstreken termijn; false: alleen zonder' })
  @IsOptional()
  @Transform(waarOfOnwaar)
  @IsBoolean({ message: 'verlopen is true of false' })
  verlopen?: boolean;

  @ApiPropertyOptional({
    description:
      'true: alleen de signalen waar de aanroeper bij betrokken is: ingediend door hemzelf of zijn organisatie, door hem behandeld, ' +
      'of zijn organisatie is (met zijn rol) partij in een consensusronde; false of weggelaten: alle signalen van de regio',
  })
  @IsOptional()
  @Transform(waarOfOnwaar)
  @IsBoolean({ message: 'betrokken is true of false' })
  betrokken?: boolean;
}
