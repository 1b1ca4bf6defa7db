import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** The behandelaar corrects the signal's text while preparing it; what was there stays in `correcties`. */
export class SignaalCorrigerenDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  titel?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  omschrijving?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Waarom de tekst is gecorrigeerd' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reden?: string;
}

export class IntrekkingDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'Waarom het stuk wordt ingetrokken, bijvoorbeeld: bij het verkeerde signaal toegevoegd' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reden?: string;
}
