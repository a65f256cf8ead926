/**
 * Addresses of the citizen portal (`PUBLIC_BASE_URL`) that motcua sends to people, in e-mails,
 * SMS and on printed QR codes. They are printed on paper, so they never change.
 */

function portalUrl(publicBaseUrl: string, path: string, value: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/${path}/${encodeURIComponent(value)}`;
}

/** The public tracking page of a dossier. */
export function trackingPageUrl(publicBaseUrl: string, dossierCode: string): string {
  return portalUrl(publicBaseUrl, 'tra-cuu', dossierCode);
}

/** The page where a person who filed at the desk claims the dossier (they type the claim code). */
export function claimPageUrl(publicBaseUrl: string, dossierCode: string): string {
  return portalUrl(publicBaseUrl, 'nhan-ho-so', dossierCode);
}

/** The page that sets a new password with a reset token. */
export function passwordResetPageUrl(publicBaseUrl: string, token: string): string {
  return portalUrl(publicBaseUrl, 'dat-lai-mat-khau', token);
}

/** The officials' console page where an invited official sets their first password. */
export function invitationPageUrl(publicBaseUrl: string, token: string): string {
  return portalUrl(publicBaseUrl, 'can-bo/kich-hoat', token);
}
