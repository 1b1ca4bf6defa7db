import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { GEMEENTECODE_PATTERN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
import { Gemeente, Regio } from '../gebied.entity';

export class GemeenteResponse {
  @ApiProperty({ example: 'GM0988' }) code: string;
  @ApiProperty({ example: 'Weert' }) naam: string;
  @ApiProperty({ example: 'midden-limburg-west' }) regio: string;

  static from(gemeente: Gemeente): GemeenteResponse {
    return { code: gemeente.code, naam: gemeente.naam, regio: gemeente.regio };
  }
}

export class RegioResponse {
  @ApiProperty({ example: 'midden-limburg-west' }) code: string;
  @ApiProperty({ example: 'Midden-Limburg West' }) naam: string;
  @ApiProperty({ type: [GemeenteResponse] }) gemeenten: GemeenteResponse[];

  static from(regio: Regio, gemeenten: Gemeente[]): RegioResponse {
    return { code: regio.code, naam: regio.naam, gemeenten: gemeenten.map(GemeenteResponse.from) };
  }
}

export class GemeenteToevoegenDto {
  @ApiProperty({ example: 'GM1894', description: 'CBS-gemeentecode' })
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { message: 'code moet een CBS-gemeentecode zijn (GM en vier cijfers)' })
  code: string;

  @ApiProperty({ example: 'Peel en Maas' })
  @IsString()
  @Length(1, 100)
  naam: string;
}

export class GemeenteWijzigenDto {
  @ApiProperty({ example: 'Peel en Maas' })
  @IsString()
  @Length(1, 100)
  naam: string;
}

export class GemeentenQuery extends PaginaQuery {
  @ApiPropertyOptional({ example: 'wee', description: 'Een deel van de naam of de CBS-code; hoofdletters maken niet uit' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  zoek?: string;
}

export class GemeentenPagina {
  @ApiProperty({ type: [GemeenteResponse] }) items: GemeenteResponse[];
  @ApiProperty({ description: 'Het aantal gemeenten met deze filters, over alle pagina’s' }) totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
