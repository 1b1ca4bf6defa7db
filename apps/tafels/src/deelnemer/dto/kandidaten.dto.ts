import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PaginaQuery } from '@koers/http';

export class KandidatenQuery extends PaginaQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Elk woord moet voorkomen in de naam of de organisatie (hoofdletters en accenten tellen niet, een deel van een woord mag); leeg: iedereen',
  })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  zoek?: string;
}
