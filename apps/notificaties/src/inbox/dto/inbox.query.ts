import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PaginaQuery } from '@koers/http';

export class InboxQuery extends PaginaQuery {
  @ApiPropertyOptional({ example: 'signaal-ingediend', description: 'Alleen de berichten van deze groep (zie GET /v1/inbox/groepen)' })
  @IsOptional()
  @Matches(/^[a-z0-9.-]{1,200}$/, { message: 'groep is een sleutel als signaal-ingediend' })
  groep?: string;
}
