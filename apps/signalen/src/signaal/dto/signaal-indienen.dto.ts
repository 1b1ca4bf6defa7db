import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GEMEENTECODE_PATTERN, INDICATORCODE_PATTERN, REGIO_PATTERN, SIGNAAL_BRONNEN, SignaalBron } from '@koers/contracts';

export class SignaalIndienenDto {
  @ApiProperty({ enum: SIGNAAL_BRONNEN })
  @IsIn(SIGNAAL_BRONNEN)
  bron: SignaalBron;

  @ApiProperty({ minLength: 3, maxLength: 200, example: 'Wachttijd jeugd-GGZ loopt op in Weert' })
  @IsString()
  @Length(3, 200)
  titel: string;

  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  omschrijving: string;

  @ApiProperty({ type: [String], example: ['GM0988'], description: 'CBS-gemeentecodes in de regio' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { each: true, message: 'elke gemeente is een CBS-code als GM0988' })
  gemeenten: string[];

  @ApiPropertyOptional({ type: [String], example: ['wachttijd-start-jeugdhulp'], description: 'Codes uit de indicatorencatalogus van monitoring' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(new RegExp(INDICATORCODE_PATTERN), { each: true, message: 'elke indicator is een code als wachttijd-start-jeugdhulp' })
  indicatoren?: string[];

  @ApiPropertyOptional({
    maxLength: 500,
    example: 'Uitvoeringsprogramma 2025, actielijn 3: wachttijden terugdringen',
    description: 'Het deel van het koersdocument of uitvoeringsprogramma waarvan het signaal afwijkt',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  koersReferentie?: string;

  @ApiPropertyOptional({ description: 'Verplicht voor wie in meer dan één regio werkt', example: 'midden-limburg-west' })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN))
  regio?: string;
}
