import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { VERWERKINGEN, Verwerking } from '../verslag.rules';

const TEKST = 'Zonder persoonsgegevens: noem rollen en organisaties, geen namen';

export class VerslagVastleggenDto {
  @ApiProperty({ minLength: 1, maxLength: 10_000, description: `Het probleem zoals het samen is geschetst. ${TEKST}` })
  @IsString()
  @Length(1, 10_000)
  probleem: string;

  @ApiProperty({ minLength: 1, maxLength: 5000, description: `Wie moet meedoen. ${TEKST}` })
  @IsString()
  @Length(1, 5000)
  wieMoetMeedoen: string;

  @ApiProperty({ minLength: 1, maxLength: 10_000, description: `Welke stappen nodig zijn. ${TEKST}` })
  @IsString()
  @Length(1, 10_000)
  stappen: string;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200, description: 'De deelnemers (hun id aan tafel) die er waren' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  aanwezigen: string[];
}

export class OpmerkingDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, description: `Uw opmerking op het conceptverslag. ${TEKST}` })
  @IsString()
  @Length(1, 2000)
  tekst: string;
}

export class AntwoordOpOpmerkingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  opmerkingId: string;

  @ApiProperty({ enum: VERWERKINGEN, description: 'Wat er met de opmerking is gedaan' })
  @IsIn(VERWERKINGEN)
  verwerking: Verwerking;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: `Hoe, of waarom niet. ${TEKST}` })
  @IsString()
  @Length(1, 2000)
  toelichting: string;
}

/** Adoption answers every remark, and may change the text. */
export class VaststellingDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 10_000 }) @IsOptional() @IsString() @Length(1, 10_000) probleem?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) wieMoetMeedoen?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 10_000 }) @IsOptional() @IsString() @Length(1, 10_000) stappen?: string;

  @ApiProperty({ type: [AntwoordOpOpmerkingDto], maxItems: 500, description: 'Een antwoord op elke opmerking die nog geen antwoord heeft' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AntwoordOpOpmerkingDto)
  antwoorden: AntwoordOpOpmerkingDto[];
}
