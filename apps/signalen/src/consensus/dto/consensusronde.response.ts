import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENSUS_PARTIJROLLEN, CONSENSUS_STANDPUNTEN } from '@koers/contracts';
import { Consensusantwoord } from '../consensusantwoord.entity';
import { Consensusronde } from '../consensusronde.entity';

export class ConsensuspartijResponse {
  @ApiProperty() organisatie: string;
  @ApiProperty({ enum: CONSENSUS_PARTIJROLLEN }) rol: string;
}

export class ConsensusantwoordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() organisatie: string;
  @ApiProperty({ enum: CONSENSUS_PARTIJROLLEN }) rol: string;
  @ApiProperty({ enum: CONSENSUS_STANDPUNTEN }) standpunt: string;
  @ApiPropertyOptional() aanvulling?: string;
  @ApiProperty({ type: [String] }) redenen: string[];
  @ApiProperty({ format: 'date-time' }) gegevenOp: string;

  static from(antwoord: Consensusantwoord): ConsensusantwoordResponse {
    return {
      id: antwoord.id,
      organisatie: antwoord.organisatie,
      rol: antwoord.rol,
      standpunt: antwoord.standpunt,
      ...(antwoord.aanvulling ? { aanvulling: antwoord.aanvulling } : {}),
      redenen: antwoord.redenen,
      gegevenOp: antwoord.gegevenOp.toISOString(),
    };
  }
}

export class ConsensusrondeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) signaalId: string;
  @ApiProperty() nummer: number;
  @ApiProperty({ type: [ConsensuspartijResponse] }) partijen: ConsensuspartijResponse[];
  @ApiProperty({ enum: ['open', 'bereikt', 'niet_bereikt'] }) uitkomst: string;
  @ApiProperty({ format: 'date-time' }) gevraagdOp: string;
  @ApiPropertyOptional({ format: 'date-time' }) afgeslotenOp?: string;
  @ApiProperty({ type: [ConsensusantwoordResponse] }) antwoorden: ConsensusantwoordResponse[];

  static from(ronde: Consensusronde, antwoorden: Consensusantwoord[]): ConsensusrondeResponse {
    return {
      id: ronde.id,
      signaalId: ronde.signaalId,
      nummer: ronde.nummer,
      partijen: ronde.partijen.map((p) => ({ organisatie: p.organisatie, rol: p.rol })),
      uitkomst: ronde.uitkomst,
      gevraagdOp: ronde.gevraagdOp.toISOString(),
      ...(ronde.afgeslotenOp ? { afgeslotenOp: ronde.afgeslotenOp.toISOString() } : {}),
      antwoorden: antwoorden.filter((a) => a.rondeId === ronde.id).map(ConsensusantwoordResponse.from),
    };
  }
}
