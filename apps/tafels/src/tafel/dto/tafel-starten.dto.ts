import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID } from 'class-validator';

export class TafelStartenDto {
  @ApiProperty({ format: 'uuid', description: 'Het signaal waarover consensus is bereikt; signalen die erin zijn samengevoegd komen mee' })
  @IsUUID()
  signaalId: string;

  @ApiPropertyOptional({ description: "Alleen nodig als u in meer regio's werkt" })
  @IsOptional()
  @IsString()
  regio?: string;
}
