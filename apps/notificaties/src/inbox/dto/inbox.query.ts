import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { PaginaQuery, waarOfOnwaar } from '@koers/http';

export class InboxQuery extends PaginaQuery {
  @ApiPropertyOptional({ example: 'signaal-ingediend', description: 'Alleen de berichten van deze groep (zie GET /v1/inbox/groepen)' })
  @IsOptional()
  @Matches(/^[a-z0-9.-]{1,200}$/, { message: 'groep is een sleutel als signaal-ingediend' })
  groep?: string;

  @ApiPropertyOptional({ description: 'true: alleen ongelezen berichten; false: alleen gelezen berichten' })
  @IsOptional()
  @Transform(waarOfOnwaar)
  @IsBoolean({ message: 'ongelezen is true of false' })
  ongelezen?: boolean;
}
