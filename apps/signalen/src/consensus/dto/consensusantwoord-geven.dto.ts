import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CONSENSUS_STANDPUNTEN, ConsensusStandpunt } from '@koers/contracts';

export class ConsensusantwoordGevenDto {
  @ApiProperty({ enum: CONSENSUS_STANDPUNTEN })
  @IsIn(CONSENSUS_STANDPUNTEN)
  standpunt: ConsensusStandpunt;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Verplicht bij eens_met_aanvulling, en alleen daarbij' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  aanvulling?: string;

  @ApiPropertyOptional({ type: [String], description: 'Verplicht bij oneens (minstens één), en alleen daarbij' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  redenen?: string[];
}
