import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PERIODE_PATTERN } from '@koers/contracts';
import { ReeksSleutel, RegioKeuze } from './reeks-sleutel.dto';
import { DuidingResponse } from '../../duiding/dto/duiding.dto';

export class ReeksQuery extends ReeksSleutel {
  @ApiPropertyOptional({ description: 'Alleen cijfers van deze bron' })
  @IsOptional()
  @IsString()
  bron?: string;
}

export class VergelijkingQuery extends RegioKeuze {
  @ApiProperty({ example: 'jeugdhulp-met-verblijf' })
  @IsString()
  indicator: string;

  @ApiProperty({ example: '2025' })
  @Matches(new RegExp(PERIODE_PATTERN), { message: 'periode moet 2025, 2025-H1, 2025-Q3 of 2025-07 zijn' })
  periode: string;
}

export class ReeksPunt {
  @ApiProperty({ example: '2025-Q3' }) periode: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null als de waarde is onderdrukt' }) waarde: number | null;
  @ApiProperty({ description: 'Zoals te tonen: het getal, of "< 5" bij een onderdrukte waarde' }) weergave: string;
  @ApiProperty() onderdrukt: boolean;
  @ApiPropertyOptional({ type: Number }) teller?: number;
  @ApiPropertyOptional({ type: Number }) noemer?: number;
  @ApiProperty() bron: string;
  @ApiProperty({ description: 'Hoe vaak deze meting is gecorrigeerd, plus één' }) versie: number;
}

export class ReeksDoel {
  @ApiProperty() doelwaarde: number;
  @ApiProperty({ enum: ['maximaal', 'minimaal'] }) richting: string;
  @ApiProperty() koersdocumentSectie: string;
  @ApiPropertyOptional({ description: 'Ontbreekt als het doel voor de hele regio geldt' }) gemeente?: string;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class ReeksResponse {
  @ApiProperty() regio: string;
  @ApiProperty() indicator: string;
  @ApiPropertyOptional() gemeente?: string;
  @ApiPropertyOptional({ type: ReeksDoel, description: 'Het koersdoel waaraan de reeks wordt gemeten: dat van de gemeente, anders dat van de regio' })
  koersdoel?: ReeksDoel;
  @ApiProperty({ type: [DuidingResponse], description: 'Duidingen bij de reeks of bij één periode, oudste eerst' })
  duidingen: DuidingResponse[];
  @ApiProperty({ type: [ReeksPunt] }) punten: ReeksPunt[];
}

export class VergelijkingRegel {
  @ApiProperty() gemeente: string;
  @ApiProperty() naam: string;
  @ApiProperty({ type: [ReeksPunt], description: 'Leeg als er voor deze periode niets is aangeleverd' }) punten: ReeksPunt[];
}

export class VergelijkingResponse {
  @ApiProperty() regio: string;
  @ApiProperty() indicator: string;
  @ApiProperty() periode: string;
  @ApiProperty({ type: [VergelijkingRegel] }) gemeenten: VergelijkingRegel[];
}
