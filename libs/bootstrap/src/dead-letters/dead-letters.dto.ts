import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsUUID } from 'class-validator';
import type { DeadLetter } from '@koers/messaging';

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
  @ApiProperty({ type: [OnbestelbaarBerichtResponse] }) items: OnbestelbaarBerichtResponse[];
  @ApiProperty() totaal: number;
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
