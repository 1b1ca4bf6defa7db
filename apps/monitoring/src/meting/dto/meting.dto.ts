import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ReeksPunt } from '../../reeks/dto/reeks.dto';

export class LeveringQuery {
  @ApiPropertyOptional({ description: "Verplicht als u in meer regio's werkt" })
  @IsOptional()
  @IsString()
  regio?: string;

  @ApiPropertyOptional({ description: 'Bron voor de metingen die zelf geen bron noemen', example: 'Jeugdmonitor 2025' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  bron?: string;

  @ApiPropertyOptional({ enum: ['koers', 'statline'], default: 'koers', description: 'Alleen bij text/csv: de indeling van het bestand' })
  @IsOptional()
  @IsIn(['koers', 'statline'])
  formaat?: 'koers' | 'statline';

  @ApiPropertyOptional({
    type: [String],
    example: ['Jeugdhulp_1:jeugdhulp-totaal'],
    description: 'Alleen bij formaat=statline: welke kolom welke indicator is, als KOLOM:indicatorcode (herhaalbaar)',
  })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @Matches(/^[^:]+:[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'statlineKolom moet KOLOM:indicatorcode zijn' })
  statlineKolom?: string[];
}

export class LeveringResponse {
  @ApiProperty({ description: 'Metingen in de levering' }) ontvangen: number;
  @ApiProperty({ description: 'Nieuw opgeslagen' }) nieuw: number;
  @ApiProperty({ description: 'Bestaande metingen met een andere waarde: gecorrigeerd, oude waarde in de historie' }) gecorrigeerd: number;
  @ApiProperty({ description: 'Al bekend met dezelfde waarde: niets veranderd' }) ongewijzigd: number;
  @ApiProperty({
    description:
      'Reeksen die deze levering veranderde. Ze worden na de levering, buiten dit verzoek, tegen de koers beoordeeld (trenddetectie); ' +
      'een afwijking volgt als event nl.koers.monitoring.afwijking.gedetecteerd.v1',
  })
  reeksenTeBeoordelen: number;
}

export class MetingVersie {
  @ApiProperty({ nullable: true, type: Number }) waarde: number | null;
  @ApiProperty() weergave: string;
  @ApiProperty() versie: number;
  @ApiProperty() aanleverancier: string;
  @ApiProperty({ format: 'date-time' }) geldigVanaf: string;
  @ApiProperty({ format: 'date-time' }) vervangenOp: string;
}

export class MetingResponse extends ReeksPunt {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regio: string;
  @ApiProperty() indicator: string;
  @ApiPropertyOptional() gemeente?: string;
  @ApiProperty() aanleverancier: string;
  @ApiProperty({ format: 'date-time' }) gewijzigdOp: string;
  @ApiProperty({ type: [MetingVersie], description: 'Eerdere waarden, oudste eerst' }) historie: MetingVersie[];
}
