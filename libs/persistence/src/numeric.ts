import { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (exact); the API speaks JSON numbers. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
