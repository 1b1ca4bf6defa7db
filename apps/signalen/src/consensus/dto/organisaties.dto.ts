import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { REGIO_PATTERN } from '@koers/contracts';
import { ConsensuspartijResponse } from './consensusronde.response';

export class OrganisatiesQuery {
  @ApiPropertyOptional({ example: 'midden-limburg-west', description: 'De regio, voor wie in meer regio’s werkt; een regio die niet de uwe is wordt geweigerd' })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN), { message: 'regio is een code als midden-limburg-west' })
  regio?: string;
}

export class OrganisatiesResponse {
  @ApiProperty({ example: 'midden-limburg-west' }) regio: string;

  @ApiProperty({
    type: [ConsensuspartijResponse],
    description:
      'De organisaties die partij kunnen zijn in een consensusronde: elke aanbieder en cliëntvertegenwoordigende organisatie met een gebruiker in de regio, ' +
      'met de rol waarmee zij antwoordt; aanbieders eerst, dan op code. Alleen organisaties, geen personen.',
  })
  items: ConsensuspartijResponse[];
}
