import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GEMEENTECODE_PATTERN, INDICATORCODE_PATTERN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
import { ReeksSleutel, RegioKeuze } from '../../reeks/dto/reeks-sleutel.dto';
import { DOEL_RICHTINGEN, DoelRichting, Koersdoel, KoersdoelHistorie } from '../koersdoel.entity';

export class KoersdoelWijzigenDto {
  @ApiProperty({ example: 1.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  doelwaarde: number;

  @ApiProperty({ enum: DOEL_RICHTINGEN, description: 'maximaal: de waarde blijft op of onder het doel; minimaal: op of boven' })
  @IsIn([...DOEL_RICHTINGEN])
  richting: DoelRichting;

  @ApiProperty({ example: 'Koersdocument Jeugd MLW 2025–2028, §3.2 Minder verblijf' })
  @IsString()
  @Length(1, 500)
  koersdocumentSectie: string;
}

export class KoersdoelVaststellenDto extends IntersectionType(KoersdoelWijzigenDto, ReeksSleutel) {}

export class KoersdoelQuery extends IntersectionType(PaginaQuery, RegioKeuze) {
  @ApiPropertyOptional({ example: 'jeugdhulp-met-verblijf', description: 'Alleen de doelen voor dit cijfer' })
  @IsOptional()
  @Matches(new RegExp(INDICATORCODE_PATTERN), { message: 'indicator is een code als jeugdhulp-met-verblijf' })
  indicator?: string;

  @ApiPropertyOptional({ example: 'GM0988', description: 'Alleen de doelen van deze gemeente (niet die van de hele regio)' })
  @IsOptional()
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { message: 'gemeente is een CBS-code als GM0988' })
  gemeente?: string;
}

export class KoersdoelVersie {
  @ApiProperty() doelwaarde: number;
  @ApiProperty({ enum: DOEL_RICHTINGEN }) richting: string;
  @ApiProperty() koersdocumentSectie: string;
  @ApiProperty() versie: number;
  @ApiProperty() vastgesteldDoor: string;
  @ApiProperty({ format: 'date-time' }) vastgesteldOp: string;
  @ApiPropertyOptional({ format: 'date-time' }) vervangenOp?: string;

  static versieVan(doel: Koersdoel | KoersdoelHistorie): KoersdoelVersie {
    return {
      doelwaarde: doel.doelwaarde,
      richting: doel.richting,
      koersdocumentSectie: doel.koersdocumentSectie,
      versie: doel.versie,
      vastgesteldDoor: doel.vastgesteldDoor,
      vastgesteldOp: doel.vastgesteldOp.toISOString(),
      ...('vervangenOp' in doel ? { vervangenOp: doel.vervangenOp.toISOString() } : {}),
    };
  }
}

export class KoersdoelResponse extends KoersdoelVersie {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regio: string;
  @ApiPropertyOptional() gemeente?: string;
  @ApiProperty() indicator: string;
  @ApiPropertyOptional({ type: [KoersdoelVersie], description: 'Eerdere versies, oudste eerst (alleen bij één koersdoel)' }) historie?: KoersdoelVersie[];

  static from(doel: Koersdoel, historie?: KoersdoelHistorie[]): KoersdoelResponse {
    return {
      id: doel.id,
      regio: doel.regio,
      ...(doel.gemeente ? { gemeente: doel.gemeente } : {}),
      indicator: doel.indicator,
      ...KoersdoelVersie.versieVan(doel),
      ...(historie ? { historie: historie.map(KoersdoelVersie.versieVan) } : {}),
    };
  }
}

export class KoersdoelenPagina {
  @ApiProperty({ type: [KoersdoelResponse] }) items: KoersdoelResponse[];
  @ApiProperty({ description: 'Het aantal koersdoelen met deze filters, over alle pagina’s' }) totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
