import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Systeem, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { SignaalDetailResponse } from './dto/signaal-detail.response';
import { SignaalDetailService } from './signaal-detail.service';

@ApiTags('signalen')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/signalen')
export class SignaalDetailController {
  constructor(private readonly details: SignaalDetailService) {}

  @Get(':id')
  @Rollen(...ROLLEN)
  // tafels reads the signal, its merged signals and its dossier once, when a table starts on it.
  @Systeem('koers-tafels')
  @ApiOkResponse({ type: SignaalDetailResponse, description: 'Met historie, dossier, consensusrondes en de signalen die erin zijn samengevoegd' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiBadRequestResponse({ description: 'Geen geldige id' })
  haalOp(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string): Promise<SignaalDetailResponse> {
    return this.details.haalOp(tenant, id);
  }
}
