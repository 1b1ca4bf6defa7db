import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { InboxItem } from '../inbox-item.entity';

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titel: string;
  @ApiProperty() tekst: string;
  @ApiProperty({ description: 'Het soort gebeurtenis' }) eventType: string;
  @ApiProperty({ description: 'Pad naar het dossier in Koers' }) link: string;
  @ApiProperty({ format: 'date-time' }) ontvangenOp: string;
  @ApiProperty() gelezen: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) gelezenOp?: string;

  static from(item: InboxItem): InboxItemResponse {
    return {
      id: item.id,
      titel: item.titel,
      tekst: item.tekst,
      eventType: item.eventType,
      link: item.link,
      ontvangenOp: item.ontvangenOp.toISOString(),
      gelezen: item.gelezenOp !== null,
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

export class InboxItemMarkerenDto {
  @ApiProperty({ description: 'true: gelezen; false: weer ongelezen' })
  @IsBoolean()
  gelezen: boolean;
}

export class AllesGelezenResponse {
  @ApiProperty({ description: 'Hoeveel berichten nu als gelezen zijn gemarkeerd' }) gemarkeerd: number;
}
