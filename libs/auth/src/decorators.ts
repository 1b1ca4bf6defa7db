import { createParamDecorator, CustomDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Rol } from '@koers/contracts';
import type { TenantContext } from './tenant-context';

export const PUBLIC_KEY = 'koers:public';
export const ROLLEN_KEY = 'koers:rollen';

/** The route needs no token (health, metrics, openapi.json). Everything else does. */
export const Public = (): CustomDecorator => SetMetadata(PUBLIC_KEY, true);

/** The realm roles that may call this route; a caller needs at least one of them. */
export const Rollen = (...rollen: Rol[]): CustomDecorator => SetMetadata(ROLLEN_KEY, rollen);

export interface AuthenticatedRequest {
  tenant?: TenantContext;
}

/** The verified caller, as put on the request by the guard. */
export const Tenant = createParamDecorator((_: unknown, context: ExecutionContext): TenantContext => {
  const tenant = context.switchToHttp().getRequest<AuthenticatedRequest>().tenant;
  // The guard runs before every handler; a missing tenant means a route escaped it: fail loudly.
  if (!tenant) throw new Error('@Tenant() used on a route without a verified token');
  return tenant;
});
