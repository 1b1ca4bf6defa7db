import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PERIODE_PATTERN } from '@koers/contracts';
import { ReeksSleutel } from '../../reeks/dto/reeks-sleutel.dto';
import { Duiding } from '../duiding.entity';

export class DuidingPlaatsenDto extends ReeksSleutel {
  @ApiPropertyOptional({ example: '2025-Q3', description: 'Zonder periode: over de reeks als geheel' })
  @IsOptional()
  @Matches(new RegExp(PERIODE_PATTERN), { message: 'periode moet 2025, 2025-H1, 2025-Q3 of 2025-07 zijn' })
  periode?: string;

  @ApiProperty({ example: 'De stijging in het derde kwartaal komt door het sluiten van een gezinshuis in Nederweert.' })
  @IsString()
  @Length(3, 4000)
  tekst: string;
}

export class DuidingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() indicator: string;
  @ApiPropertyOptional() gemeente?: string;
  @ApiPropertyOptional() periode?: string;
  @ApiProperty() tekst: string;
  @ApiProperty({ description: 'Wie de duiding gaf (gebruikersnaam)' }) auteur: string;
  @ApiProperty() rol: string;
  @ApiPropertyOptional({ description: 'Organisatie of gemeente van de auteur' }) organisatie?: string;
  @ApiProperty({ format: 'date-time' }) geplaatstOp: string;

  static from(duiding: Duiding): DuidingResponse {
    return {
      id: duiding.id,
      indicator: duiding.indicator,
      ...(duiding.gemeente ? { gemeente: duiding.gemeente } : {}),
      ...(duiding.periode ? { periode: duiding.periode } : {}),
      tekst: duiding.tekst,
      auteur: duiding.auteur,
      rol: duiding.rol,
      ...(duiding.organisatie ? { organisatie: duiding.organisatie } : {}),
      geplaatstOp: duiding.geplaatstOp.toISOString(),
    };
  }
}
