import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Query keys in lowerCamelCase (ADR /core/query-keys-camel-case). */
export class PaginaQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  pagina = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  paginaGrootte = 20;
}

/** `?status=a,b` and `?status=a&status=b` both mean "a or b". */
export const lijst = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

/** `true` and `false` in a query string are text; anything else is left for the validator to name. */
export const waarOfOnwaar = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
