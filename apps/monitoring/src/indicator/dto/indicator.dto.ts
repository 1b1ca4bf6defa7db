import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { INDICATORCODE_PATTERN } from '@koers/contracts';
import { Indicator, RICHTINGEN } from '../indicator.entity';

export class IndicatorResponse {
  @ApiProperty({ example: 'jeugdhulp-met-verblijf' }) code: string;
  @ApiPropertyOptional({ description: 'Alleen bij een indicator van één regio; ontbreekt bij de landelijke catalogus' }) regio?: string;
  @ApiProperty() naam: string;
  @ApiProperty() definitie: string;
  @ApiProperty({ example: 'procent' }) eenheid: string;
  @ApiProperty({ enum: RICHTINGEN }) richting: string;
  @ApiProperty() bron: string;

  static from(indicator: Indicator): IndicatorResponse {
    return {
      code: indicator.code,
      ...(indicator.regio ? { regio: indicator.regio } : {}),
      naam: indicator.naam,
      definitie: indicator.definitie,
      eenheid: indicator.eenheid,
      richting: indicator.richting,
      bron: indicator.bron,
    };
  }
}

export class IndicatorWijzigenDto {
  @ApiProperty() @IsString() @Length(1, 200) naam: string;
  @ApiProperty() @IsString() @Length(1, 2000) definitie: string;
  @ApiProperty({ example: 'procent' }) @IsString() @Length(1, 50) eenheid: string;
  @ApiProperty({ enum: RICHTINGEN }) @IsIn([...RICHTINGEN]) richting: (typeof RICHTINGEN)[number];
  @ApiProperty() @IsString() @Length(1, 200) bron: string;
}

export class IndicatorToevoegenDto extends IndicatorWijzigenDto {
  @ApiProperty({ example: 'wachttijd-ggz', description: 'kebab-case, uniek in Koers' })
  @Matches(new RegExp(INDICATORCODE_PATTERN), { message: 'code moet kebab-case zijn (kleine letters, cijfers, streepjes)' })
  @Length(2, 100)
  code: string;

  @ApiPropertyOptional({ description: "Verplicht als u in meer regio's werkt" })
  @IsOptional()
  @IsString()
  regio?: string;
}

export class IndicatorBijwerkenDto extends PartialType(IndicatorWijzigenDto) {}
