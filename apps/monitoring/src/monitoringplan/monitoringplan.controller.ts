import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { lijst, UuidPipe } from '@koers/http';
import { EvaluatieResponse, MonitoringplanMakenDto, MonitoringplanResponse } from './dto/monitoringplan.dto';
import { MonitoringplanService } from './monitoringplan.service';

/** The most subjects one follow-up read may ask for. */
const MAX_ONDERWERPEN = 100;

class MonitoringplanQuery {
  @ApiPropertyOptional({ description: 'Alleen de plannen van deze afspraak of pilot' }) @IsOptional() @IsString() onderwerpId?: string;

  @ApiPropertyOptional({ enum: ['afspraak', 'pilot'], description: 'Alleen plannen van afspraken of van pilots' })
  @IsOptional()
  @IsIn(['afspraak', 'pilot'])
  onderwerp?: 'afspraak' | 'pilot';

  @ApiPropertyOptional({
    type: [String],
    description: `De plannen van deze afspraken of pilots tegelijk (de voortgang van een tafel in één vraag): ids komma-gescheiden, ten hoogste ${MAX_ONDERWERPEN}`,
  })
  @IsOptional()
  @Transform(lijst)
  @ArrayMaxSize(MAX_ONDERWERPEN, { message: `onderwerpIds mag ten hoogste ${MAX_ONDERWERPEN} ids bevatten` })
  @IsUUID('all', { each: true, message: 'onderwerpIds moeten ids (UUID) van afspraken of pilots zijn' })
  onderwerpIds?: string[];
}

@ApiTags('monitoringplannen')
@Controller('v1/monitoringplannen')
export class MonitoringplanController {
  constructor(private readonly plannen: MonitoringplanService) {}

  @Post()
  @Rollen('gemeente', 'aanbieder', 'beheerder')
  // tafels makes the plan of every agreement before the agreements can be recorded.
  @Systeem('koers-tafels')
  @ApiCreatedResponse({ type: MonitoringplanResponse })
  @ApiBadRequestResponse({ description: 'Ongeldig plan (problem+json met invalidParams), ook gemeenten buiten de afspraak' })
  @ApiConflictResponse({ description: 'De afspraak is (nog) niet door tafels gemeld in deze regio, of heeft al een plan' })
  async maak(@Tenant() tenant: TenantContext, @Body() dto: MonitoringplanMakenDto): Promise<MonitoringplanResponse> {
    return MonitoringplanResponse.from(await this.plannen.maak(tenant, dto), tenant);
  }

  /** With the viewer's own token, so the small numbers follow the one who looks (never a service identity). */
  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [MonitoringplanResponse], description: 'Plannen met hun stand: per indicator de laatste meting per gemeente tegen het doel, het voorlopige oordeel en wat nog ontbreekt' })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: MonitoringplanQuery): Promise<MonitoringplanResponse[]> {
    const onderwerpIds = query.onderwerpIds ?? (query.onderwerpId ? [query.onderwerpId] : undefined);
    const plannen = await this.plannen.lijst(tenant, { onderwerpSoort: query.onderwerp, onderwerpIds });
    return plannen.map(({ plan, stand }) => MonitoringplanResponse.from(plan, tenant, { stand }));
  }

  @Get(':id')
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: MonitoringplanResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  async een(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<MonitoringplanResponse> {
    const { plan, evaluaties, namen } = await this.plannen.een(tenant, id);
    return MonitoringplanResponse.from(plan, tenant, { evaluaties, namen });
  }

  /** An evaluation now, on request (e.g. an interim look); the scheduled one follows on the evaluation date. */
  @Post(':id/evaluaties')
  @HttpCode(201)
  @Rollen('gemeente', 'aanbieder', 'beheerder')
  @ApiCreatedResponse({ type: EvaluatieResponse })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  async evalueer(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<EvaluatieResponse> {
    const { plan, evaluatie, namen } = await this.plannen.evalueerOpVerzoek(tenant, id);
    return EvaluatieResponse.from(evaluatie, plan, { kijker: tenant, namen });
  }
}
