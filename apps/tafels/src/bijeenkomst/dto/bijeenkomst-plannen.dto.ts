import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export const AGENDA_MAX = 10_000;
const TIJDSTIP = 'Datum en tijd: met offset (2026-03-02T10:00:00+01:00) of zonder, dan in Nederlandse tijd (2026-03-02T10:00)';
const HTTPS = /^https:\/\/[^\s/?#]+\.[^\s]*$/;
const HTTPS_REDEN = 'onlineLink moet een https-adres zijn, zoals https://meet.example.nl/tafel';

export class BijeenkomstPlannenDto {
  @ApiProperty({ example: '2026-03-02T10:00', description: `Begin. ${TIJDSTIP}; moet nog komen` })
  @IsString()
  @MaxLength(40)
  start: string;

  @ApiProperty({ example: '2026-03-02T12:00', description: `Einde, na het begin. ${TIJDSTIP}` })
  @IsString()
  @MaxLength(40)
  eind: string;

  @ApiPropertyOptional({ maxLength: 300, description: 'Waar de bijeenkomst is (een gebouw of zaal); plaats of onlineLink is verplicht' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  plaats?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'https-link van de online bijeenkomst; plaats of onlineLink is verplicht' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(HTTPS, { message: HTTPS_REDEN })
  onlineLink?: string;

  @ApiProperty({ minLength: 1, maxLength: AGENDA_MAX, description: 'De agenda, zonder persoonsgegevens' })
  @IsString()
  @Length(1, AGENDA_MAX)
  agenda: string;
}

/** A move: every field may change; `null` removes the place or the link (one of them stays). */
export class BijeenkomstWijzigenDto {
  @ApiPropertyOptional({ example: '2026-03-09T10:00', description: `Nieuw begin. ${TIJDSTIP}; moet nog komen` })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  start?: string;

  @ApiPropertyOptional({ example: '2026-03-09T12:00', description: `Nieuw einde. ${TIJDSTIP}` })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  eind?: string;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true, description: 'Nieuwe plaats; null haalt hem weg' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  plaats?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'Nieuwe https-link; null haalt hem weg' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(HTTPS, { message: HTTPS_REDEN })
  onlineLink?: string | null;

  @ApiPropertyOptional({ minLength: 1, maxLength: AGENDA_MAX, description: 'Nieuwe agenda, zonder persoonsgegevens' })
  @IsOptional()
  @IsString()
  @Length(1, AGENDA_MAX)
  agenda?: string;
}
