import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InboxItem } from '../inbox-item.entity';

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titel: string;
  @ApiProperty() tekst: string;
  @ApiProperty({ description: 'Het soort gebeurtenis' }) eventType: string;
  @ApiProperty({ description: 'Pad naar het dossier in Koers' }) link: string;
  @ApiProperty({ format: 'date-time' }) ontvangenOp: string;
  @ApiPropertyOptional({ format: 'date-time' }) gelezenOp?: string;

  static from(item: InboxItem): InboxItemResponse {
    return {
      id: item.id,
      titel: item.titel,
      tekst: item.tekst,
      eventType: item.eventType,
      link: item.link,
      ontvangenOp: item.ontvangenOp.toISOString(),
      ...(item.gelezenOp ? { gelezenOp: item.gelezenOp.toISOString() } : {}),
    };
  }
}

export class InboxPagina {
  @ApiProperty({ type: [InboxItemResponse] }) items: InboxItemResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() ongelezen: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
