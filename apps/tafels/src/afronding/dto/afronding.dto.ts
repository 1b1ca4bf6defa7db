import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { REGIO_PATTERN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';

/** What the table learned, in words without personal data. */
export class LeerervaringenDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'Wat werkte' })
  @IsString()
  @Length(1, 5000)
  watWerkte: string;

  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'Wat niet werkte' })
  @IsString()
  @Length(1, 5000)
  watWerkteNiet: string;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'Voor wie het werkte of niet (een groep, geen persoon)' })
  @IsString()
  @Length(1, 2000)
  voorWie: string;
}

export class AfrondingDto {
  @ApiProperty({ type: LeerervaringenDto })
  @IsDefined({ message: 'leerervaringen zijn verplicht: wat werkte, wat niet, en voor wie' })
  @ValidateNested()
  @Type(() => LeerervaringenDto)
  leerervaringen: LeerervaringenDto;
}

export class LeerervaringenQuery extends PaginaQuery {
  @ApiPropertyOptional({ description: 'Zoekt in de leerervaringen (Nederlandse woordvormen: "wachtlijsten" vindt ook "wachtlijst"); leeg: alle, nieuwste eerst' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  zoek?: string;

  @ApiPropertyOptional({ example: 'midden-limburg-west', description: 'Alleen deze regio van de aanroeper; een regio die niet de zijne is geeft een lege lijst' })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN), { message: 'regio is een code als midden-limburg-west' })
  regio?: string;
}
