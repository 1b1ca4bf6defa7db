import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { REGIO_PATTERN } from '@koers/contracts';

export class TermijnInstellingDto {
  @ApiProperty({ minimum: 1, maximum: 100, example: 10, description: 'Werkdagen om een ingediend signaal op te pakken' })
  @IsInt()
  @Min(1)
  @Max(100)
  opnemenWerkdagen: number;

  @ApiProperty({ minimum: 1, maximum: 100, example: 15, description: 'Werkdagen om een consensusronde te beantwoorden' })
  @IsInt()
  @Min(1)
  @Max(100)
  beantwoordenWerkdagen: number;

  @ApiPropertyOptional({ description: 'Verplicht voor wie in meer dan één regio werkt', example: 'midden-limburg-west' })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN))
  regio?: string;
}

export class RegioQuery {
  @ApiPropertyOptional({ description: 'Verplicht voor wie in meer dan één regio werkt' })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN))
  regio?: string;
}

export class TermijninstellingenResponse {
  @ApiProperty() regio: string;
  @ApiProperty({ description: 'Werkdagen (zonder weekenden en feestdagen) om een ingediend signaal op te pakken' }) opnemenWerkdagen: number;
  @ApiProperty({ description: 'Werkdagen om een consensusronde te beantwoorden' }) beantwoordenWerkdagen: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ontbreekt zolang de regio de standaardtermijnen gebruikt' }) gewijzigdOp?: string;
}
