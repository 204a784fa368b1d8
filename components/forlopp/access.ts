/** What the signed-in user may do on the inskrivning page, decided once by the page. */
export type ForloppAccess = { slug: string; canWrite: boolean; canReopen: boolean; today: string };
