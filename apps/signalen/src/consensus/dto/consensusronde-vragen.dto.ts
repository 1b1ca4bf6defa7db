import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, Matches } from 'class-validator';
import { ORGANISATIE_PATTERN } from '@koers/contracts';

export class ConsensusrondeVragenDto {
  @ApiProperty({
    type: [String],
    example: ['zorggroep-horizon', 'clientenraad-mlw'],
    description: 'De partijen: codes van aanbieders en cliëntvertegenwoordigende organisaties van de regio, zoals GET /v1/organisaties ze noemt',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(new RegExp(ORGANISATIE_PATTERN), { each: true, message: 'elke partij is een organisatiecode als zorggroep-horizon' })
  partijen: string[];
}
