import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { InboxItem } from '../inbox-item.entity';

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titel: string;
  @ApiProperty() tekst: string;
  @ApiProperty({ description: 'Het soort gebeurtenis' }) eventType: string;
  @ApiProperty({ description: 'Pad naar het dossier in Koers' }) link: string;
  @ApiProperty({ example: 'signaal-ingediend', description: 'Het soort bericht; berichten van één groep staan in GET /v1/inbox/groepen bij elkaar' }) groep: string;
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
      groep: item.groep,
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

export class InboxGroepResponse {
  @ApiProperty({ example: 'signaal-ingediend' }) groep: string;
  @ApiProperty({ example: 'Nieuwe signalen' }) naam: string;
  @ApiProperty() aantal: number;
  @ApiProperty() ongelezen: number;
  @ApiProperty({ format: 'date-time', description: 'Wanneer het nieuwste bericht van de groep binnenkwam' }) laatsteOp: string;
}

export class InboxGroepen {
  @ApiProperty({ type: [InboxGroepResponse], description: 'De groep met het nieuwste bericht eerst' }) groepen: InboxGroepResponse[];
}

export class InboxItemMarkerenDto {
  @ApiProperty({ description: 'true: gelezen; false: weer ongelezen' })
  @IsBoolean()
  gelezen: boolean;
}

export class AllesGelezenResponse {
  @ApiProperty({ description: 'Hoeveel berichten nu als gelezen zijn gemarkeerd' }) gemarkeerd: number;
}
