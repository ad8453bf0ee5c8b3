/** The API's code rule (units, unit types, criteria nodes, ranking groups): letters, digits, `. _ -`, at most 40, not starting with a sign. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
