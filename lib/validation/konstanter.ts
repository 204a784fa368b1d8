// Choices and limits that client components list or check, kept free of zod:
// a component importing them from a schema module would load zod with the page
// (issue 8, first-load JS). The schema modules re-export them.

export const RESPONDENTGRUPPER = ["DELTAGARE_PAGAENDE", "DELTAGARE_AVSLUT", "INSATSPERSONAL", "STYRELSELEDAMOTER", "CHEFER_I_SAMVERKAN", "REMITTENTER"] as const;
export type Respondentgrupp = (typeof RESPONDENTGRUPPER)[number];

export const FRAGA_TYPER = ["SKALA", "JA_NEJ", "ETT_AV_FLERA", "FRITEXT"] as const;
export type FragaTyp = (typeof FRAGA_TYPER)[number];

export const MAX_FRAGOR = 60;
export const MAX_LANKAR_PER_GANG = 200;
export const MAX_GILTIG_DAGAR = 365;

export const TIDPUNKTER_FOR_LANK = ["START", "AVSLUT", "UPPFOLJNING_90"] as const;

/** Roles a key may act as. Not vägledare: their access follows personal assignments to insatser. */
export const API_NYCKEL_ROLLER = ["ADMIN", "PROCESSLEDARE", "STYRELSE"] as const;

/** Columns the participant list can be sorted by on the server (status and names cannot: derived or encrypted). */
export const DELTAGARE_SORTERING = ["kod", "kon", "aldersgrupp", "startdatum", "avslutsdatum"] as const;
export type DeltagareSortering = (typeof DELTAGARE_SORTERING)[number];
