/**
 * Words planlint's Excel ledger writes, which the sheet reader must know
 * when it reads a ledger back.
 */

/** Tasks whose lead unit is not named are summed up, and with --by-owner filed, under this. */
export const NO_LEAD_UNIT = '（未明确牵头单位）';
