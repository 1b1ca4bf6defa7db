import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { INDICATORCODE_PATTERN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
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

export const HERKOMSTEN = ['landelijk', 'regio'] as const;

export class IndicatorenQuery extends PaginaQuery {
  @ApiPropertyOptional({ example: 'wachttijd', description: 'Een deel van de naam of de code; hoofdletters maken niet uit' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  zoek?: string;

  @ApiPropertyOptional({ enum: HERKOMSTEN, description: 'landelijk: alleen de landelijke catalogus; regio: alleen de eigen indicatoren van de regio; weggelaten: beide' })
  @IsOptional()
  @IsIn(HERKOMSTEN)
  herkomst?: (typeof HERKOMSTEN)[number];
}

export class IndicatorenPagina {
  @ApiProperty({ type: [IndicatorResponse] }) items: IndicatorResponse[];
  @ApiProperty({ description: 'Het aantal indicatoren met deze filters, over alle pagina’s' }) totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
