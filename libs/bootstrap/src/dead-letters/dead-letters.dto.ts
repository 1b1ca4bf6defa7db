import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsUUID, Matches } from 'class-validator';
import { PaginaQuery } from '@koers/http';
import type { DeadLetter } from '@koers/messaging';

export class OnbestelbareBerichtenQuery extends PaginaQuery {
  @ApiPropertyOptional({ example: 'nl.koers.signalen.signaal-ingediend.v1', description: 'Alleen de berichten van dit soort (zie typen in het antwoord)' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{0,199}$/, { message: 'type is een soort bericht als nl.koers.signalen.signaal-ingediend.v1' })
  type?: string;
}

export class OnbestelbaarBerichtResponse {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() type: string;
  @ApiProperty() regio: string;
  @ApiProperty({ description: 'Waarom het bericht niet verwerkt kon worden' }) fout: string;
  @ApiProperty({ description: 'Pogingen van de handler; 0 als het bericht nooit verwerkt kon worden (contractfout)' })
  pogingen: number;
  @ApiPropertyOptional({ format: 'date-time' }) onbestelbaarSinds?: string;
  @ApiProperty({ description: 'Het CloudEvent zoals het binnenkwam', type: Object }) event: unknown;

  static from(letter: DeadLetter & { regio: string }): OnbestelbaarBerichtResponse {
    return {
      eventId: letter.eventId,
      type: letter.type,
      regio: letter.regio,
      fout: letter.error,
      pogingen: letter.attempts,
      ...(letter.deadLetteredAt ? { onbestelbaarSinds: letter.deadLetteredAt } : {}),
      event: letter.event,
    };
  }
}

export class OnbestelbareBerichtenLijst {
  @ApiProperty({ type: [OnbestelbaarBerichtResponse], description: 'Het oudste bericht eerst, zoals ze in de wachtrij staan' }) items: OnbestelbaarBerichtResponse[];
  @ApiProperty({ description: 'Hoeveel berichten er met dit filter zijn' }) totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
  @ApiProperty({ type: [String], description: 'Elk soort bericht in de wachtrij van uw regio’s, op volgorde; voor het filter type' }) typen: string[];
}

export class OpnieuwAanbiedenDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 1000 })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  eventIds: string[];
}

export class OpnieuwAangebodenResponse {
  @ApiProperty() opnieuwAangeboden: number;
}
