import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { EvaluatieResponse, MonitoringplanMakenDto, MonitoringplanResponse } from './dto/monitoringplan.dto';
import { MonitoringplanService } from './monitoringplan.service';


class MonitoringplanQuery {
  @ApiPropertyOptional({ description: 'Alleen de plannen van deze afspraak of pilot' }) @IsOptional() @IsString() onderwerpId?: string;
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
  @ApiBadRequestResponse({ description: 'Ongeldig plan (problem+json met invalidParams)' })
  async maak(@Tenant() tenant: TenantContext, @Body() dto: MonitoringplanMakenDto): Promise<MonitoringplanResponse> {
    return MonitoringplanResponse.from(await this.plannen.maak(tenant, dto), tenant);
  }

  @Get()
  @Rollen(...ROLLEN)
  @ApiOkResponse({ type: [MonitoringplanResponse] })
  async lijst(@Tenant() tenant: TenantContext, @Query() query: MonitoringplanQuery): Promise<MonitoringplanResponse[]> {
    return (await this.plannen.lijst(tenant, query.onderwerpId)).map((plan) => MonitoringplanResponse.from(plan, tenant));
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
